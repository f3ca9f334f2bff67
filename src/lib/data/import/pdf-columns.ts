import { ambiguity } from './ambiguity';
import { headerKey, looksNumeric, roleOfLabel } from './header';
import { physicalLines } from './physical-lines';
import type { SourceTable } from './table';

/**
 * The text of a letter's PDF read by plain `pdftotext` (no -layout): each page's table comes out column
 * by column, a label then one value per line, blocks separated by a blank line. Rows are put back
 * together only when every column of a page has as many values (a total row may lack its STT); otherwise
 * the import stops: pairing a name with another row's figures would be a silent misread.
 */
interface Block {
	/** 0-based indexes of the block's lines. */
	lines: number[];
}

interface Column {
	labelLines: number[];
	valueLines: number[];
	label: string;
}

const TOTAL = /^(tong cong|cong|toan quoc|ca nuoc|total)$/;

function blocksOf(lines: readonly string[]): Block[] {
	const blocks: Block[] = [];
	let current: number[] = [];
	lines.forEach((l, i) => {
		if (l.replace(/\f/g, '').trim() === '') {
			if (current.length) blocks.push({ lines: current });
			current = [];
		} else current.push(i);
	});
	if (current.length) blocks.push({ lines: current });
	return blocks;
}

/** A block that is one column: label line(s) then at least 3 values (all figures, or names under a unit label). */
function columnOf(block: Block, text: (i: number) => string): Column | null {
	const ls = [...block.lines];
	const firstNumeric = ls.findIndex((i) => looksNumeric(text(i)));
	if (firstNumeric > 0 && ls.slice(firstNumeric).every((i) => looksNumeric(text(i))) && ls.length - firstNumeric >= 3) {
		const labelLines = ls.slice(0, firstNumeric);
		return { labelLines, valueLines: ls.slice(firstNumeric), label: labelLines.map(text).join(' ') };
	}
	const role = roleOfLabel(text(ls[0]));
	if ((role === 'name' || role === 'code') && ls.length >= 4 && ls.slice(1).every((i) => !looksNumeric(text(i)))) {
		return { labelLines: [ls[0]], valueLines: ls.slice(1), label: text(ls[0]) };
	}
	return null;
}

/** A page number printed at the head of a block ("2" above "STT"): split off as its own line. */
function splitPageNumbers(blocks: Block[], text: (i: number) => string): { blocks: Block[]; pageLines: number[] } {
	const pageLines: number[] = [];
	for (const b of blocks) {
		if (b.lines.length > 2 && /^\d+$/.test(text(b.lines[0])) && !looksNumeric(text(b.lines[1]))) pageLines.push(b.lines.shift()!);
	}
	return { blocks, pageLines };
}

export function isColumnRuns(text: string): boolean {
	const lines = physicalLines(text.slice(0, 256 * 1024));
	const t = (i: number) => lines[i].replace(/\f/g, '').trim();
	const { blocks } = splitPageNumbers(blocksOf(lines), t);
	const columns = blocks.map((b) => columnOf(b, t)).filter((c): c is Column => c !== null);
	return columns.length >= 3 && columns.some((c) => looksNumeric(t(c.valueLines[0]))) && columns.some((c) => !looksNumeric(t(c.valueLines[0])));
}

export function readColumnRuns(text: string): SourceTable {
	const lines = physicalLines(text);
	const t = (i: number) => lines[i].replace(/\f/g, '').replace(/\s+/g, ' ').trim();
	const { blocks, pageLines } = splitPageNumbers(blocksOf(lines), t);
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	const owner = new Int32Array(lines.length + 1).fill(-1);
	const push = (cells: string[], own: readonly number[]) => {
		for (const i of own) owner[i + 1] = rows.length;
		rows.push(cells);
		rowNumbers.push(Math.min(...own) + 1);
	};
	// Pages: runs of consecutive column blocks; everything else is prose, one row per line.
	let page: Column[] = [];
	let header: string[] | null = null;
	const flush = () => {
		if (page.length === 0) return;
		const cols = page;
		page = [];
		const labels = cols.map((c) => c.label);
		if (!header) header = labels;
		push(header.length === labels.length ? [...header] : labels, cols.flatMap((c) => c.labelLines));
		const n = Math.max(...cols.map((c) => c.valueLines.length));
		const nameCol = cols.find((c) => !looksNumeric(t(c.valueLines[0])));
		const lastName = nameCol ? t(nameCol.valueLines[nameCol.valueLines.length - 1]) : '';
		const totalLast = nameCol?.valueLines.length === n && TOTAL.test(headerKey(lastName));
		for (const c of cols) {
			const short = n - c.valueLines.length;
			if (short === 0 || (short === 1 && totalLast)) continue;
			throw ambiguity('columnRuns', { line: c.labelLines[0] + 1, lengths: cols.map((x) => `${x.label}: ${x.valueLines.length}`).join(', ') });
		}
		for (let r = 0; r < n; r++) {
			const own: number[] = [];
			const cells = cols.map((c) => {
				const i = c.valueLines[r];
				if (i === undefined) return '';
				own.push(i);
				return t(i);
			});
			push(cells, own);
		}
	};
	const proseLines: number[] = [...pageLines];
	for (const b of blocks) {
		const c = columnOf(b, t);
		if (c) {
			// The same label again starts the next page's table.
			if (page.some((p) => headerKey(p.label) === headerKey(c.label))) flush();
			page.push(c);
		}
		else {
			flush();
			proseLines.push(...b.lines);
		}
	}
	flush();
	// Prose rows are placed in line order among the table rows only by their line numbers.
	for (const i of proseLines) push([t(i)], [i]);
	const order = rows.map((_, k) => k).sort((a, b) => rowNumbers[a] - rowNumbers[b]);
	const remap = new Int32Array(rows.length);
	order.forEach((k, pos) => (remap[k] = pos));
	for (let l = 1; l < owner.length; l++) if (owner[l] >= 0) owner[l] = remap[owner[l]];
	return {
		format: 'pdfColumns',
		rows: order.map((k) => rows[k]),
		rowNumbers: order.map((k) => rowNumbers[k]),
		delimiter: null,
		sheet: null,
		lines: { count: lines.length, owner }
	};
}
