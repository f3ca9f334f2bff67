import { ambiguity } from './ambiguity';
import { headerKey, looksNumeric } from './header';
import { parseNumber } from '../../base/numbers';
import { physicalLines } from './physical-lines';
import type { SourceTable } from './table';

/**
 * A letter's PDF copied from a viewer (or `pdftotext -raw`): one table row per line, cells separated by
 * single spaces ("1 BHXH TP Hà Nội 0 168.121 0,00%"), the header's words scattered over several lines.
 * A row is a leading STT, a name, then the figures. The figures' columns are taken in the appendix order
 * (electronic, total, rate) only when the header names them and every row bears it out (electronic ≤
 * total, the stated rate = electronic / total); otherwise the import stops.
 */
interface Parsed {
	stt: string;
	name: string;
	figures: string[];
}

function parse(line: string): Parsed | null {
	const tokens = line.replace(/\f/g, ' ').trim().split(/\s+/);
	let k = 0;
	while (k < tokens.length && looksNumeric(tokens[tokens.length - 1 - k])) k++;
	if (k < 2) return null;
	const head = tokens.slice(0, tokens.length - k);
	const stt = /^\d+$/.test(head[0] ?? '') ? head.shift()! : '';
	const name = head.join(' ');
	if (!/\p{L}/u.test(name)) return null;
	return { stt, name, figures: tokens.slice(tokens.length - k) };
}

export function isSpacedRows(text: string): boolean {
	const lines = physicalLines(text.slice(0, 256 * 1024));
	const rows = lines.filter((l) => parse(l)?.stt);
	// Rows of a delimited file or of a layout copy hold a delimiter or runs of spaces: not this form.
	return rows.length >= 5 && !rows.some((l) => /[\t;|]|\S {2,}\S/.test(l.trim()));
}

const LABELS: Record<number, string[]> = { 2: ['Giao dịch điện tử', 'Tổng số'], 3: ['Giao dịch điện tử', 'Tổng số', 'Tỷ lệ'] };

export function readSpacedRows(text: string): SourceTable {
	const lines = physicalLines(text);
	const parsed = lines.map(parse);
	const counts = new Map<number, number>();
	for (const p of parsed) if (p?.stt) counts.set(p.figures.length, (counts.get(p.figures.length) ?? 0) + 1);
	const width = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
	const first = parsed.findIndex((p) => p?.stt);
	const last = parsed.length - 1 - [...parsed].reverse().findIndex((p) => p !== null);
	const isHeaderLine = (i: number) => parsed[i] === null && lines[i].trim().length <= 24 && !/[().;:]/.test(lines[i]);
	let headerStart = first;
	while (headerStart > 0 && isHeaderLine(headerStart - 1)) headerStart--;
	const headerText = headerKey(lines.slice(headerStart, first).join(' '));
	const labels = LABELS[width];
	const named = labels && /\bdien tu\b/.test(headerText) && /\btong so\b/.test(headerText) && (width === 2 || /\bty le\b/.test(headerText));
	const header = ['STT', 'Đơn vị', ...(labels ?? [])];
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	const owner = new Int32Array(lines.length + 1).fill(-1);
	const push = (cells: string[], own: number[]) => {
		for (const i of own) owner[i + 1] = rows.length;
		rows.push(cells);
		rowNumbers.push(own[0] + 1);
	};
	let fits = 0;
	let checked = 0;
	for (let i = 0; i < lines.length; i++) {
		const p = parsed[i];
		if (lines[i].replace(/\f/g, '').trim() === '') continue;
		if (i === headerStart && headerStart < first) {
			push([...header], Array.from({ length: first - headerStart }, (_, k) => headerStart + k));
			i = first - 1;
			continue;
		}
		if (p && i >= first && i <= last) {
			if (p.figures.length !== width) throw ambiguity('spacedColumns', { line: i + 1, found: p.figures.length, expected: width });
			push([p.stt, p.name, ...p.figures], [i]);
			const [e, t, r] = p.figures.map((f) => parseNumber(f, 'vi'));
			if (e.ok && t.ok && t.value > 0) {
				checked++;
				const rateFits = width === 2 || (r?.ok && Math.abs((e.value / t.value) * 100 - r.value) <= 0.01);
				if (e.value <= t.value && rateFits) fits++;
			}
			continue;
		}
		// A page's header again: the same words, set aside as a repeat; anything else is a line of text.
		let j = i;
		while (j <= last && isHeaderLine(j) && !/^\d+$/.test(lines[j].trim())) j++;
		if (i > first && j > i + 1 && headerKey(lines.slice(i, j).join(' ')).split(' ').sort().join(' ') === headerText.split(' ').sort().join(' ')) {
			push([...header], Array.from({ length: j - i }, (_, k) => i + k));
			i = j - 1;
			continue;
		}
		push([lines[i].replace(/\f/g, '').trim()], [i]);
	}
	if (!named || fits < checked * 0.9) throw ambiguity('spacedColumns', { line: first + 1, found: width, expected: width });
	return { format: 'pdfRows', rows, rowNumbers, delimiter: null, sheet: null, lines: { count: lines.length, owner } };
}
