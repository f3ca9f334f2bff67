import Papa from 'papaparse';
import { checkDelimiters, ambiguity } from './ambiguity';
import { ImportError, MAX_COLUMNS } from './errors';
import { isColumnRuns, readColumnRuns } from './pdf-columns';
import { isSpacedRows, readSpacedRows } from './pdf-rows';
import { isAlignedColumns, readAlignedColumns } from './pdf-text';
import { lineAt, lineStarts, mixedLineEndings, ownersFromSpans, physicalLines } from './physical-lines';

export type TableFormat = 'delimited' | 'letter' | 'xlsx' | 'pdfLayout' | 'pdfColumns' | 'pdfRows';

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
	/**
	 * Physical lines (sheet rows) of the source, counted before any detection, and which row of `rows`
	 * owns each one (-1: none; such a line must be blank). See line-accounting.ts.
	 */
	lines?: { count: number; owner: Int32Array };
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
	const rowEnds: number[] = [];
	let current: string[] | null = null;
	lines.forEach((line, i) => {
		if (line.startsWith('\t')) {
			if (!current) {
				current = [];
				rows.push(current);
				rowNumbers.push(i + 1);
				rowEnds.push(i + 1);
			}
			current.push(cell(line));
			rowEnds[rowEnds.length - 1] = i + 1;
			return;
		}
		current = null;
		if (line.trim() !== '') {
			rows.push([cell(line)]);
			rowNumbers.push(i + 1);
			rowEnds.push(i + 1);
		}
	});
	const keep = rows.map((r) => r.some((c) => c !== ''));
	const out = { rows: rows.filter((_, i) => keep[i]), rowNumbers: rowNumbers.filter((_, i) => keep[i]) };
	const ends = rowEnds.filter((_, i) => keep[i]);
	checkWidth(out.rows, out.rowNumbers);
	const count = physicalLines(text).length;
	return { format: 'letter', ...out, delimiter: null, sheet: null, lines: { count, owner: ownersFromSpans(count, out.rowNumbers, ends) } };
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
	const mixed = mixedLineEndings(body, delimiter);
	if (mixed) throw ambiguity('lineEndings', mixed);
	const starts = lineStarts(body);
	const count = body === '' ? 0 : starts.length;
	const rows: string[][] = [];
	const rowNumbers: number[] = [];
	const rowEnds: number[] = [];
	const singleLine: string[] = [];
	let from = 0;
	Papa.parse<string[]>(body, {
		delimiter,
		skipEmptyLines: false,
		step: (record) => {
			const to = record.meta.cursor;
			const first = lineAt(starts, from);
			const last = lineAt(starts, Math.max(from, to - 1));
			from = to;
			const cells = record.data.map(cell);
			while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
			if (cells.length === 0) return;
			if (cells.length === 1 && first === last) singleLine[first - 1] = body.slice(starts[first - 1], to).replace(/[\r\n]+$/, '');
			rows.push(cells);
			rowNumbers.push(first);
			rowEnds.push(last);
		}
	});
	checkWidth(rows, rowNumbers);
	checkDelimiters(singleLine, delimiter);
	return { format: 'delimited', rows, rowNumbers, delimiter, sheet: null, lines: { count, owner: ownersFromSpans(count, rowNumbers, rowEnds) } };
}

/** Text pasted or read from a file: the Word-letter form, or delimited rows (Excel pastes tabs). */
export function readTextTable(text: string): SourceTable {
	if (text.trim() === '') throw new ImportError('empty');
	if (isLetterForm(text)) return readLetterForm(text);
	if (isAlignedColumns(text)) return readAlignedColumns(text);
	if (isColumnRuns(text)) return readColumnRuns(text);
	if (isSpacedRows(text)) return readSpacedRows(text);
	return readDelimited(text);
}
