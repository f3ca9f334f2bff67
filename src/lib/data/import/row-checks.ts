import { ambiguity } from './ambiguity';
import { MAX_CELL_CHARS } from './errors';
import type { HeaderLayout } from './header';
import { parseNumber, type NumberStyle } from '../../base/numbers';

/** Columns of the roles that build.ts reads; -1 when the role is not mapped. */
export interface RoleColumns {
	code: number;
	name: number;
	electronic: number;
	total: number;
	rate: number;
}

/** The first cell over MAX_CELL_CHARS, or -1: such a row is rejected before anything of it is stored. */
export function tooLongCell(cells: readonly string[]): number {
	return cells.findIndex((c) => c.length > MAX_CELL_CHARS);
}

export function shortValue(v: string): string {
	return v.length > 60 ? `${v.slice(0, 60)}…` : v;
}

/** How many columns the header names: a row with values beyond them was split or shifted. */
export function headerWidth(rows: readonly string[][], layout: HeaderLayout): number | null {
	if (layout.headerIndex < 0) return null;
	let w = 0;
	for (let i = layout.headerIndex; i < layout.headerIndex + layout.headerRows; i++) w = Math.max(w, rows[i]?.length ?? 0);
	return w;
}

export function extraCell(cells: readonly string[], width: number | null): number {
	if (width === null) return -1;
	for (let j = width; j < cells.length; j++) if (cells[j] !== '') return j;
	return -1;
}

function anyNumber(cells: readonly string[], style: NumberStyle): boolean {
	return cells.some((c) => parseNumber(c, style).ok);
}

/**
 * Index of the first row of a signature block: the rows after the last row with a count that hold no
 * figure at all ("Người lập biểu", "GIÁM ĐỐC", names, the date line). Rows.length when there is none.
 */
export function signatureStart(rows: readonly string[][], c: RoleColumns, style: NumberStyle): number {
	let last = -1;
	rows.forEach((r, i) => {
		if ([c.electronic, c.total].some((j) => j >= 0 && parseNumber(r[j] ?? '', style).ok)) last = i;
	});
	let start = rows.length;
	for (let i = rows.length - 1; i > last; i--) {
		if (anyNumber(rows[i], style)) break;
		start = i;
	}
	return start;
}

/**
 * A count column whose values run 1, 2, 3 … (or 0, 1, 2 …) is the row-number column read as counts: stop,
 * never rank provinces by their row numbers.
 */
export function checkRowNumbers(rows: readonly string[][], lines: readonly number[], c: RoleColumns, style: NumberStyle, labels: readonly string[]): void {
	for (const j of [c.electronic, c.total]) {
		if (j < 0) continue;
		const values: number[] = [];
		let firstLine = 0;
		for (let i = 0; i < rows.length; i++) {
			const p = parseNumber(rows[i][j] ?? '', style);
			if (!p.ok) continue;
			if (values.length === 0) firstLine = lines[i];
			values.push(p.value);
		}
		if (values.length < 4 || values[0] > 1) continue;
		if (values.every((v, k) => v === values[0] + k)) {
			throw ambiguity('rowNumbersAsCounts', { line: firstLine, column: labels[j] || `#${j + 1}`, values: values.slice(0, 3).join(', ') });
		}
	}
}

/**
 * Two rows running where the unit column holds a number and a count column a unit's name: the columns
 * changed roles mid-file (a second table pasted below with its columns in another order).
 */
export function checkRoleChange(
	rows: readonly string[][],
	lines: readonly number[],
	c: RoleColumns,
	style: NumberStyle,
	isUnitName: (s: string) => boolean,
	labels: readonly string[]
): void {
	const unit = c.code >= 0 ? c.code : c.name;
	if (unit < 0) return;
	let run = 0;
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i];
		const swapped = parseNumber(r[unit] ?? '', style).ok ? [c.electronic, c.total].find((j) => j >= 0 && isUnitName(r[j] ?? '')) : undefined;
		if (swapped === undefined) {
			run = 0;
			continue;
		}
		if (++run >= 2) throw ambiguity('roleChange', { line: lines[i - 1], column: labels[swapped] || `#${swapped + 1}` });
	}
}
