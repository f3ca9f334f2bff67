import { looksLikeHeader, looksNumeric } from './header';
import { physicalLines } from './physical-lines';
import type { SourceTable } from './table';

/**
 * The text of a letter's PDF read by `pdftotext -layout` (or copied from a viewer that keeps the layout):
 * columns aligned with runs of spaces, names holding single spaces, a header wrapped over several lines
 * and repeated on every page. Cells are placed in columns by their position on the line.
 */
interface Field {
	text: string;
	start: number;
	end: number;
}

function fieldsOf(line: string): Field[] {
	const out: Field[] = [];
	const clean = line.replace(/\f/g, ' ').replace(/\u00a0/g, ' ');
	for (const m of clean.matchAll(/\S+(?: \S+)*/g)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
	return out;
}

function isDataLine(f: readonly Field[]): boolean {
	return f.length >= 3 && looksNumeric(f[f.length - 1].text) && looksNumeric(f[f.length - 2].text);
}

/** Most lines of figures split by runs of spaces into the same number of cells, and no other delimiter. */
export function isAlignedColumns(text: string): boolean {
	const lines = physicalLines(text.slice(0, 256 * 1024));
	let data = 0;
	let delimited = 0;
	for (const l of lines) {
		if (/[\t;|]/.test(l)) delimited++;
		else if (/\S {2,}\S/.test(l) && isDataLine(fieldsOf(l))) data++;
	}
	return data >= 5 && delimited <= data / 10;
}

export function readAlignedColumns(text: string): SourceTable {
	const lines = physicalLines(text);
	const fields = lines.map(fieldsOf);
	const data = fields.map(isDataLine);
	const widths = new Map<number, number>();
	fields.forEach((f, i) => data[i] && widths.set(f.length, (widths.get(f.length) ?? 0) + 1));
	const width = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
	const spans: { start: number; end: number }[] = Array.from({ length: width }, () => ({ start: Infinity, end: -Infinity }));
	fields.forEach((f, i) => {
		if (!data[i] || f.length !== width) return;
		f.forEach((x, k) => {
			spans[k].start = Math.min(spans[k].start, x.start);
			spans[k].end = Math.max(spans[k].end, x.end);
		});
	});
	const columnOf = (x: Field): number => {
		let best = 0;
		let bestScore = -Infinity;
		spans.forEach((s, k) => {
			const overlap = Math.min(s.end, x.end) - Math.max(s.start, x.start);
			const score = overlap > 0 ? overlap : -Math.abs((s.start + s.end) / 2 - (x.start + x.end) / 2) / 1000;
			if (score > bestScore) {
				bestScore = score;
				best = k;
			}
		});
		return best;
	};
	const placed = (lineIndexes: readonly number[]): string[] => {
		const cells = Array.from({ length: width }, () => '');
		for (const i of lineIndexes) for (const x of fields[i]) {
			const k = columnOf(x);
			cells[k] = cells[k] ? `${cells[k]} ${x.text}` : x.text;
		}
		return cells;
	};

	const firstData = data.indexOf(true);
	const lastData = data.lastIndexOf(true);
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	const owner = new Int32Array(lines.length + 1).fill(-1);
	const push = (cells: string[], lineIndexes: readonly number[]) => {
		while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
		if (cells.length === 0) return;
		for (const i of lineIndexes) owner[i + 1] = rows.length;
		rows.push(cells);
		rowNumbers.push(lineIndexes[0] + 1);
	};
	const prose = (i: number) => fields[i].length > 0 && push([fields[i].map((x) => x.text).join(' ')], [i]);

	// The header: the non-blank lines right above the first row of figures, placed by column.
	let headerStart = firstData;
	while (headerStart > 0 && fields[headerStart - 1].length > 0 && !data[headerStart - 1]) headerStart--;
	for (let i = 0; i < headerStart; i++) prose(i);
	const header = placed(range(headerStart, firstData));
	const headerWords = words(header);
	if (headerStart < firstData) push([...header], range(headerStart, firstData));

	let run: number[] = [];
	const flush = () => {
		if (run.length === 0) return;
		const lone = run.filter((i) => fields[i].length === 1 && /^\d+$/.test(fields[i][0].text));
		for (const i of lone) prose(i);
		const rest = run.filter((i) => !lone.includes(i));
		run = [];
		if (rest.length === 0) return;
		// A page's repeated header holds the same words as the first one: the same header row, set aside.
		if (words(placed(rest)) === headerWords) push([...header], rest);
		else if (rest.length > 1 && looksLikeHeader(placed(rest))) push(placed(rest), rest);
		else for (const i of rest) push(placed([i]), [i]);
	};
	for (let i = firstData; i <= lastData; i++) {
		if (fields[i].length === 0) flush();
		else if (data[i]) {
			flush();
			push(placed([i]), [i]);
		} else run.push(i);
	}
	flush();
	for (let i = lastData + 1; i < lines.length; i++) prose(i);
	return { format: 'pdfLayout', rows, rowNumbers, delimiter: null, sheet: null, lines: { count: lines.length, owner } };
}

function range(from: number, to: number): number[] {
	return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

function words(cells: readonly string[]): string {
	return cells.join(' ').split(/\s+/).filter(Boolean).sort().join(' ');
}
