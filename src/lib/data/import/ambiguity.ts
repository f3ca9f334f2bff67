import { ImportError } from './errors';
import { headerKey, looksLikeHeader, looksNumeric, roleOfLabel, type HeaderLayout } from './header';
import type { SourceTable } from './table';

/**
 * What the reader will not guess. Each one stops the import with the file, the line and what is
 * ambiguous: a wrong table must never come out as if it were right.
 */
export type AmbiguityKind =
	| 'lineEndings'
	| 'mixedDelimiters'
	| 'dataBeforeHeader'
	| 'secondHeader'
	| 'rowNumbersAsCounts'
	| 'roleChange'
	| 'columnRuns'
	| 'spacedColumns';

export function ambiguity(kind: AmbiguityKind, detail: Record<string, string | number>): ImportError {
	return new ImportError('ambiguous', { kind, ...detail });
}

const CANDIDATES = [';', ',', '\t', '|'];

function fieldsOf(line: string, d: string): string[] {
	return line.split(d).map((c) => c.replace(/^"|"$/g, '').trim());
}

/**
 * A line that does not use the file's delimiter at all but splits into several cells, two of them
 * figures, with another one: a line written with another delimiter. Read as one cell, it would
 * silently become a title, a header or a shifted row.
 */
export function checkDelimiters(lines: readonly (string | undefined)[], delimiter: string): void {
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (line === undefined || line.includes(delimiter) || line.includes('"')) continue;
		for (const d of CANDIDATES) {
			if (d === delimiter || !line.includes(d)) continue;
			const cells = fieldsOf(line, d);
			if (cells.length >= 3 && (cells.filter(looksNumeric).length >= 2 || looksLikeHeader(cells))) {
				throw ambiguity('mixedDelimiters', { line: i + 1, found: d, main: delimiter });
			}
		}
	}
}

function isRepeatOfHeader(row: readonly string[], header: readonly (readonly string[])[]): boolean {
	return row.every((c, j) => c === '' || header.some((h) => headerKey(h[j] ?? '') === headerKey(c)));
}

/** Figures before the header, or a different header below it: the table's structure is not one table. */
export function checkStructure(table: SourceTable, layout: HeaderLayout): void {
	if (layout.headerIndex < 0) return;
	const headerLine = table.rowNumbers[layout.headerIndex];
	const header = table.rows.slice(layout.headerIndex, layout.headerIndex + layout.headerRows);
	for (let i = 0; i < layout.headerIndex; i++) {
		const row = table.rows[i];
		if (row.filter((c) => c !== '').length >= 3 && row.filter(looksNumeric).length >= 2) {
			throw ambiguity('dataBeforeHeader', { line: table.rowNumbers[i], header: headerLine });
		}
		// Another header above the one chosen: which one names the columns is a guess.
		if (row.filter((c) => c !== '').length >= 3 && !row.some(looksNumeric) && looksLikeHeader(row) && !isRepeatOfHeader(row, header)) {
			throw ambiguity('secondHeader', { line: headerLine, header: table.rowNumbers[i], text: table.rows[layout.headerIndex].filter(Boolean).join(' | ').slice(0, 120) });
		}
	}
	// Two header rows that are each a whole header on their own (a unit column and a count or rate
	// column) and name one column as two different things are two headers, not one header on two rows:
	// which one names the columns is a guess, and the rows below may fit either, shifted. (A merged
	// header's rows agree where both name a column; under a unit column, a code and a name agree.)
	if (layout.headerRows === 2) {
		const [top, second] = header;
		const kind = (cell: string | undefined) => {
			const role = roleOfLabel(cell ?? '');
			return role === 'code' ? 'name' : role;
		};
		const disagree = top.some((c, j) => kind(c) !== null && kind(second[j]) !== null && kind(c) !== kind(second[j]));
		if (looksLikeHeader(top) && looksLikeHeader(second) && disagree) {
			throw ambiguity('secondHeader', { line: table.rowNumbers[layout.headerIndex + 1], header: headerLine, text: second.filter(Boolean).join(' | ').slice(0, 120) });
		}
	}
	for (let i = layout.headerIndex + layout.headerRows; i < table.rows.length; i++) {
		const row = table.rows[i];
		if (row.length < 2 || row.some(looksNumeric) || !looksLikeHeader(row)) continue;
		if (isRepeatOfHeader(row, header)) continue;
		throw ambiguity('secondHeader', { line: table.rowNumbers[i], header: headerLine, text: row.filter(Boolean).join(' | ').slice(0, 120) });
	}
}
