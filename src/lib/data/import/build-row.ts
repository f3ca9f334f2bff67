import type { Observation } from '../observation';
import type { Province } from '../../geo/types';
import type { ProvinceResolver } from '../../geo/resolve';
import { parseNumber, type NumberStyle } from '../../base/numbers';
import { MAX_CELL_CHARS } from './errors';
import { finding, type Finding } from './findings';
import { usesUnits34 } from './period-text';
import { extraCell, shortValue, tooLongCell } from './row-checks';

// One row of an imported table, read in named steps: the layout checks (too long, signature, repeated header,
// extra cells, total row), then the period, the unit, the indicator, the counts, the stated rate and the
// duplicate check. Every problem is a finding; the row ends imported, set aside or rejected.

export type RowStatus = 'imported' | 'setAside' | 'rejected';

/** The column of each role; -1 when the role is not mapped. */
export type Columns = Record<'code' | 'name' | 'electronic' | 'total' | 'rate' | 'period' | 'indicator', number>;

/** What every row is read with: found once per table by buildImport. */
export interface ImportContext {
	c: Columns;
	labels: readonly string[];
	numberStyle: NumberStyle;
	rateAsFraction: boolean;
	fixedPeriod: string | null;
	fixedIndicator: string | null;
	resolver63: ProvinceResolver;
	resolver34: ProvinceResolver;
	byCode63: ReadonlyMap<string, Province>;
	byCode34: ReadonlyMap<string, Province>;
	crosswalk?: ReadonlyMap<string, string>;
	keyOf: (s: string) => string;
	periodOf: (s: string) => string | null;
	indicatorOf: (s: string) => string | null;
	headerKeys: readonly string[];
	headerCells: readonly string[][];
	/** Index of the first row of the signature block (rows past the last figures). */
	signatureFrom: number;
	width: number | null;
	/** unit|period|indicator → the row that first held it. */
	firstRowOf: Map<string, number>;
}

/** A total row set aside: kept to check the sum of the imported rows against it. */
export interface TotalRow {
	row: number;
	period: string;
	indicator: string;
	electronic: number;
	total: number;
	column: string;
}

export interface RowRead {
	status: RowStatus;
	findings: Finding[];
	observation?: Observation;
	totalRow?: TotalRow;
}

const TOTAL_ROW = new Set(['tong cong', 'toan quoc', 'cong', 'tong', 'tong so', 'ca nuoc', 'total', 'grand total', 'nationwide', 'sum', 'toan nganh']);

export function columnLabel(labels: readonly string[], j: number): string {
	return labels[j] || `#${j + 1}`;
}

export function roundTo2(x: number): number {
	return Math.round(x * 100) / 100;
}

function unitLabel(p: Province): string {
	return `${p.name} (${p.code})`;
}

/** One row and where its findings point. */
interface Row {
	row: number;
	cells: string[];
	at: (j: number) => { row: number; column: string; value: string };
	get: (j: number) => string;
	found: Finding[];
}

/** Reads one data row (the i-th after the header, line `row` of the file). */
export function readRow(ctx: ImportContext, cells: string[], i: number, row: number): RowRead {
	const r: Row = {
		row,
		cells,
		at: (j) => ({ row, column: columnLabel(ctx.labels, j), value: cells[j] ?? '' }),
		get: (j) => (j >= 0 ? (cells[j] ?? '') : ''),
		found: []
	};
	const layout = checkLayout(ctx, r, i);
	if (layout) return { ...layout, findings: r.found };

	// Period and unit set first: the 34 units are the names from 1 July 2025.
	const period = readPeriod(ctx, r);
	const units34 = period !== null && usesUnits34(period);
	const unitCode = readUnit(ctx, r, units34);
	if (unitCode === 'textRow') return { status: 'setAside', findings: r.found };
	const indicator = readIndicator(ctx, r);
	const counts = readCounts(ctx, r);
	const statedRate = readStatedRate(ctx, r, counts);
	if (unitCode !== null && period !== null && indicator !== null) checkDuplicate(ctx, r, `${unitCode}|${period}|${indicator}`, unitCode, units34);

	if (r.found.some((f) => f.severity === 'error') || unitCode === null || period === null || indicator === null) return { status: 'rejected', findings: r.found };
	const nameCell = r.get(ctx.c.name >= 0 ? ctx.c.name : ctx.c.code);
	const observation: Observation = {
		unitCode,
		period,
		indicator,
		electronic: counts.electronic!,
		total: counts.total!,
		statedRate: statedRate === null ? null : roundTo2(statedRate),
		sourceName: nameCell || null
	};
	return { status: 'imported', findings: r.found, observation };
}

const unitColumnOf = (c: Columns) => (c.code >= 0 ? c.code : c.name);

/** Rows that are not figures of a unit: too long a cell, the signature block, a repeated header, cells beyond the header, a total row. */
function checkLayout(ctx: ImportContext, r: Row, i: number): Omit<RowRead, 'findings'> | null {
	const { c, keyOf } = ctx;
	const { cells, found, at, get } = r;
	const unitColumn = unitColumnOf(c);
	const long = tooLongCell(cells);
	if (long >= 0) {
		found.push(finding('cellTooLong', 'error', { ...at(long), value: shortValue(cells[long]) }, { length: cells[long].length, limit: MAX_CELL_CHARS }));
		return { status: 'rejected' };
	}
	if (i >= ctx.signatureFrom) {
		found.push(finding('signatureBlock', 'warning', at(cells.findIndex((x) => x !== ''))));
		return { status: 'setAside' };
	}
	const sameAsHeader = (x: string, j: number) => x !== '' && ctx.headerCells.some((h) => h[j] === x) && keyOf(x) === ctx.headerKeys[j];
	if (cells.length > 1 && cells.filter(sameAsHeader).length >= 2) {
		found.push(finding('repeatedHeader', 'warning', at(unitColumn)));
		return { status: 'setAside' };
	}
	const extra = extraCell(cells, ctx.width);
	if (extra >= 0) {
		found.push(finding('extraCells', 'error', at(extra), { width: ctx.width ?? 0 }));
		return { status: 'rejected' };
	}
	const nameCell = get(c.name >= 0 ? c.name : c.code);
	const unitKey = keyOf(nameCell) || keyOf(cells.find((x) => x !== '') ?? '');
	if (TOTAL_ROW.has(unitKey) || TOTAL_ROW.has(keyOf(cells.find((x) => x !== '' && !/^\d+$/.test(x)) ?? ''))) {
		found.push(finding('totalRow', 'warning', at(c.name >= 0 ? c.name : unitColumn)));
		const e = parseNumber(get(c.electronic), ctx.numberStyle);
		const t = parseNumber(get(c.total), ctx.numberStyle);
		const p = c.period >= 0 ? ctx.periodOf(get(c.period)) : ctx.fixedPeriod;
		const ind = c.indicator >= 0 ? ctx.indicatorOf(get(c.indicator)) : ctx.fixedIndicator;
		const totalRow = e.ok && t.ok && p && ind ? { row: r.row, period: p, indicator: ind, electronic: e.value, total: t.value, column: columnLabel(ctx.labels, c.total) } : undefined;
		return { status: 'setAside', totalRow };
	}
	return null;
}

function readPeriod(ctx: ImportContext, r: Row): string | null {
	const { c } = ctx;
	if (c.period < 0) return ctx.fixedPeriod;
	const raw = r.get(c.period);
	const period = raw === '' ? ctx.fixedPeriod : ctx.periodOf(raw);
	if (raw === '' && !ctx.fixedPeriod) r.found.push(finding('missingValue', 'error', r.at(c.period)));
	else if (period === null) r.found.push(finding('unknownPeriod', 'error', r.at(c.period)));
	return period;
}

/** The unit's code, null when it cannot be read (with its finding), or 'textRow' for a row of prose (set aside). */
function readUnit(ctx: ImportContext, r: Row, units34: boolean): string | null | 'textRow' {
	const { c } = ctx;
	const { found, at, get } = r;
	const resolver = units34 ? ctx.resolver34 : ctx.resolver63;
	const byCode = units34 ? ctx.byCode34 : ctx.byCode63;
	const unitColumn = unitColumnOf(c);
	const nameCell = get(c.name >= 0 ? c.name : c.code);
	const unitCell = get(unitColumn);
	const figures = [c.electronic, c.total, c.rate].map(get);
	const textRow = () => {
		found.length = 0;
		found.push(finding('textRow', 'warning', at(unitColumn)));
		return 'textRow' as const;
	};
	if (unitCell === '') {
		if (figures.every((f) => f === '') && r.cells.filter((x) => x !== '').length <= 1) return textRow();
		const byName = c.code >= 0 && c.name >= 0 && nameCell !== '' && nameCell.length <= 120 ? resolver.resolve(nameCell) : null;
		if (!byName?.ok) {
			found.push(finding('missingValue', 'error', at(unitColumn)));
			return null;
		}
		found.push(finding('codeEmptyNamed', 'warning', at(unitColumn), { unit: unitLabel(byCode.get(byName.code)!) }));
		return byName.code;
	}
	// A bare number in a name column is a row number, not a province code: never resolve it.
	const numberAsName = unitColumn === c.name && /^\d+$/.test(unitCell);
	const resolution = unitCell.length > 120 || numberAsName ? { ok: false as const, reason: 'unknown' as const, suggestions: [] } : resolver.resolve(unitCell);
	if (resolution.ok) {
		// A code and a name that disagree mean a shifted row: neither can be trusted.
		if (c.code >= 0 && c.name >= 0 && nameCell !== '' && nameCell.length <= 120) {
			const byName = resolver.resolve(nameCell);
			if (byName.ok && byName.code !== resolution.code) {
				found.push(finding('codeNameMismatch', 'error', at(c.name), { unit: unitLabel(byCode.get(resolution.code)!), named: unitLabel(byCode.get(byName.code)!) }));
			}
		}
		return resolution.code;
	}
	if (figures.every((f) => f === '')) return textRow();
	const suggestions = [...resolution.suggestions];
	if (units34) {
		const old = ctx.resolver63.resolve(unitCell);
		const merged = old.ok ? ctx.crosswalk?.get(old.code) : undefined;
		if (merged) suggestions.unshift(merged);
	}
	const names = [...new Set(suggestions)].map((s) => byCode.get(s)).filter((p): p is Province => !!p).map(unitLabel).join(', ');
	found.push(finding(resolution.reason === 'ambiguous' ? 'ambiguousProvince' : 'unknownProvince', 'error', at(unitColumn), names ? { suggestions: names } : {}));
	return null;
}

function readIndicator(ctx: ImportContext, r: Row): string | null {
	const { c } = ctx;
	if (c.indicator < 0) return ctx.fixedIndicator;
	const raw = r.get(c.indicator);
	const indicator = raw === '' ? ctx.fixedIndicator : ctx.indicatorOf(raw);
	if (raw === '' && !ctx.fixedIndicator) r.found.push(finding('missingValue', 'error', r.at(c.indicator)));
	else if (indicator === null) r.found.push(finding('unknownIndicator', 'error', r.at(c.indicator)));
	return indicator;
}

type Counts = { electronic: number | null; total: number | null };

function readCounts(ctx: ImportContext, r: Row): Counts {
	const { c, numberStyle } = ctx;
	const { found, at } = r;
	const counts: Counts = { electronic: null, total: null };
	for (const key of ['electronic', 'total'] as const) {
		const j = c[key];
		const parsed = parseNumber(r.get(j), numberStyle);
		if (!parsed.ok) found.push(parsed.problem === 'missing' ? finding('missingValue', 'error', at(j)) : finding('notANumber', 'error', at(j), { style: numberStyle }));
		else if (parsed.value < 0) found.push(finding('negativeCount', 'error', at(j)));
		else if (Math.abs(parsed.value) >= 2 ** 53) found.push(finding('beyondExactIntegers', 'error', at(j)));
		else if (!Number.isSafeInteger(parsed.value)) found.push(finding('nonIntegerCount', 'error', at(j)));
		else counts[key] = parsed.value;
	}
	if (counts.electronic !== null && counts.total !== null && counts.electronic > counts.total) {
		found.push(finding('electronicExceedsTotal', 'error', at(c.electronic), { total: counts.total }));
	}
	return counts;
}

/** The rate the file states, in percent; a warning when it differs from the counts' rate by more than 0,01. */
function readStatedRate(ctx: ImportContext, r: Row, counts: Counts): number | null {
	const { c } = ctx;
	if (c.rate < 0 || r.get(c.rate) === '') return null;
	const parsed = parseNumber(r.get(c.rate), ctx.numberStyle);
	if (!parsed.ok) {
		r.found.push(finding('badStatedRate', 'warning', r.at(c.rate)));
		return null;
	}
	const statedRate = ctx.rateAsFraction && !r.get(c.rate).includes('%') ? parsed.value * 100 : parsed.value;
	if (counts.electronic !== null && counts.total) {
		const computed = (counts.electronic / counts.total) * 100;
		if (Math.abs(computed - statedRate) > 0.01 + 1e-9) r.found.push(finding('statedRateDiffers', 'warning', r.at(c.rate), { computed: roundTo2(computed) }));
	}
	return statedRate;
}

function checkDuplicate(ctx: ImportContext, r: Row, key: string, unitCode: string, units34: boolean): void {
	const first = ctx.firstRowOf.get(key);
	const byCode = units34 ? ctx.byCode34 : ctx.byCode63;
	if (first !== undefined) {
		r.found.push(finding('duplicateUnit', 'error', r.at(unitColumnOf(ctx.c)), { unit: unitLabel(byCode.get(unitCode)!), firstRow: first }));
	} else if (!r.found.some((f) => f.severity === 'error')) ctx.firstRowOf.set(key, r.row);
}
