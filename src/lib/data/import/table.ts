import Papa from 'papaparse';
import { ImportError, MAX_COLUMNS } from './errors';

export type TableFormat = 'delimited' | 'letter' | 'xlsx';

/** A table as read from a file or a paste, before any meaning is given to its cells. */
export interface SourceTable {
	format: TableFormat;
	/** Non-empty rows, trimmed cells. */
	rows: string[][];
	/** For each row, where a person finds it: the line of a text file, the row of a worksheet. */
	rowNumbers: number[];
	/** ";", ",", "\t", "|" for delimited text; null otherwise. */
	delimiter: string | null;
	/** Worksheet name for .xlsx. */
	sheet: string | null;
}

const DELIMITERS = [';', ',', '\t', '|'];

function cell(text: string): string {
	return text.replace(/[\u00a0\u2007\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

function checkWidth(rows: string[][], rowNumbers: number[]): void {
	rows.forEach((r, i) => {
		if (r.length > MAX_COLUMNS) throw new ImportError('tooManyColumns', { row: rowNumbers[i], columns: r.length, limit: MAX_COLUMNS });
	});
}

/**
 * The text of a letter copied out of Word: every cell on its own line after a tab, a blank line
 * between table rows, and the letter's prose around it. Recognised when most non-blank lines start
 * with a tab and hold no other tab.
 */
export function isLetterForm(text: string): boolean {
	const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
	const cellLines = lines.filter((l) => /^\t[^\t]*$/.test(l)).length;
	const blankSeparated = /\n[ \t\u00a0]*\r?\n\t/.test(text);
	return blankSeparated && cellLines >= 8 && cellLines / lines.length > 0.6;
}

export function readLetterForm(text: string): SourceTable {
	const lines = text.split(/\r\n|\r|\n/);
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	let current: string[] | null = null;
	lines.forEach((line, i) => {
		if (line.startsWith('\t')) {
			if (!current) {
				current = [];
				rows.push(current);
				rowNumbers.push(i + 1);
			}
			current.push(cell(line));
			return;
		}
		current = null;
		if (line.trim() !== '') {
			rows.push([cell(line)]);
			rowNumbers.push(i + 1);
		}
	});
	const keep = rows.map((r) => r.some((c) => c !== ''));
	const out = { rows: rows.filter((_, i) => keep[i]), rowNumbers: rowNumbers.filter((_, i) => keep[i]) };
	checkWidth(out.rows, out.rowNumbers);
	return { format: 'letter', ...out, delimiter: null, sheet: null };
}

/** Picks the delimiter that splits the first lines into the most consistent number of columns (> 1). */
export function detectDelimiter(text: string): string {
	const sample = text.slice(0, 64 * 1024).split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').slice(0, 30);
	let best = ',';
	let bestScore = -1;
	for (const d of DELIMITERS) {
		const counts = sample.map((l) => splitOutsideQuotes(l, d));
		const multi = counts.filter((c) => c > 1);
		if (multi.length === 0) continue;
		const freq = new Map<number, number>();
		for (const c of multi) freq.set(c, (freq.get(c) ?? 0) + 1);
		const [mode, hits] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
		const score = hits * 1000 + mode;
		if (score > bestScore) {
			bestScore = score;
			best = d;
		}
	}
	return best;
}

function splitOutsideQuotes(line: string, d: string): number {
	let n = 1;
	let quoted = false;
	for (const ch of line) {
		if (ch === '"') quoted = !quoted;
		else if (ch === d && !quoted) n++;
	}
	return n;
}

export function readDelimited(text: string, delimiter = detectDelimiter(text)): SourceTable {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	const starts = recordStartLines(body, parsed.data.length);
	parsed.data.forEach((raw, i) => {
		const cells = raw.map(cell);
		while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
		if (cells.length === 0) return;
		rows.push(cells);
		rowNumbers.push(starts[i] ?? i + 1);
	});
	checkWidth(rows, rowNumbers);
	return { format: 'delimited', rows, rowNumbers, delimiter, sheet: null };
}

/** Line on which each record starts, counting quoted fields that span lines as an editor does. */
function recordStartLines(text: string, records: number): number[] {
	const starts = [1];
	let line = 1;
	let quoted = false;
	for (let i = 0; i < text.length && starts.length < records; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 34) quoted = !quoted;
		else if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
			line++;
			if (!quoted) starts.push(line);
		}
	}
	return starts;
}

/** Text pasted or read from a file: the Word-letter form, or delimited rows (Excel pastes tabs). */
export function readTextTable(text: string): SourceTable {
	if (text.trim() === '') throw new ImportError('empty');
	return isLetterForm(text) ? readLetterForm(text) : readDelimited(text);
}
