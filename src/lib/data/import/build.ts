import type { Indicator, Province } from '../../geo/types';
import { createResolver, type ProvinceResolver } from '../../geo/resolve';
import type { Dataset, DatasetInfo, Observation } from '../observation';
import { finding, type Finding } from './findings';
import { headerKey, type ColumnRole, type HeaderLayout } from './header';
import { detectNumberStyle, parseNumber, type NumberStyle } from '../../base/numbers';
import { periodFromText, usesUnits34 } from './period-text';
import { checkRoleChange, checkRowNumbers, headerWidth, signatureStart } from './row-checks';
import { columnLabel, readRow, type Columns, type ImportContext, type RowStatus, type TotalRow } from './build-row';
import type { SourceTable } from './table';

export interface ImportReference {
	provinces: readonly Province[];
	units34: readonly Province[];
	indicators: readonly Indicator[];
	/** Old (63) code → new (34) code: an old name in a period after the merger is pointed to its unit. */
	crosswalk?: ReadonlyMap<string, string>;
}

export interface ImportChoices {
	/** Column roles, as detected or corrected by the user. */
	roles: readonly ColumnRole[];
	/** The period of every row when the file has no period column. */
	period?: string | null;
	/** The indicator of every row when the file has no indicator column. */
	indicator?: string | null;
	/** Overrides the detected number style. */
	numberStyle?: NumberStyle;
}

export type { RowStatus } from './build-row';

export interface RowOutcome {
	row: number;
	cells: string[];
	status: RowStatus;
	findings: Finding[];
}

export interface ImportCounts {
	read: number;
	imported: number;
	setAside: number;
	rejected: number;
}

export interface ImportResult {
	/** Roles that must be chosen before rows can be read; empty when the mapping is complete. */
	missing: ('unit' | 'electronic' | 'total' | 'period' | 'indicator')[];
	numberStyle: NumberStyle;
	/** Whether the stated-rate column holds fractions (0.0022) rather than percents (0.22). */
	rateAsFraction: boolean;
	rows: RowOutcome[];
	/** Every finding: those of rows, then those about a whole period. */
	findings: Finding[];
	counts: ImportCounts;
	observations: Observation[];
	/** Rows before the header (title, prose of a letter): not part of the table. */
	beforeHeader: number;
}

/** Caches a function of one string: files repeat the same names, periods and indicators on every row. */
function memo<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
	const cache = new Map<string, T>();
	return (s) => {
		let v = cache.get(s);
		if (v === undefined && !cache.has(s)) {
			v = fn(s);
			if (cache.size < limit) cache.set(s, v);
		}
		return v as T;
	};
}

/** The indicator of a cell: an id, a label (vi or en), or a field named in it. */
export function indicatorFromText(raw: string, indicators: readonly Indicator[]): string | null {
	const key = headerKey(raw);
	if (!key) return null;
	for (const i of indicators) {
		if (raw.trim() === i.id || key === headerKey(i.id) || key === headerKey(i.labelVi) || key === headerKey(i.labelEn)) return i.id;
	}
	if (/\b(thuc hien chinh sach|che do|benefits?)\b/.test(key)) return indicators.find((i) => i.id === 'benefits_e_dossiers')?.id ?? null;
	if (/\b(tham gia|participation)\b/.test(key)) return indicators.find((i) => i.id === 'participation_e_dossiers')?.id ?? null;
	return null;
}

/**
 * Reads every row after the header with the chosen column roles, and decides each one: imported, set
 * aside (total rows, notes) or rejected, each with its findings. Never throws on bad cells: every problem
 * is a finding, and the counts add up to the rows read.
 */
export function buildImport(table: SourceTable, layout: HeaderLayout, choices: ImportChoices, ref: ImportReference): ImportResult {
	const roles = choices.roles;
	const col = (role: ColumnRole) => roles.indexOf(role);
	const c: Columns = {
		code: col('code'),
		name: col('name'),
		electronic: col('electronic'),
		total: col('total'),
		rate: col('rate'),
		period: col('period'),
		indicator: col('indicator')
	};
	const firstData = layout.headerIndex < 0 ? 0 : layout.headerIndex + layout.headerRows;
	const dataRows = table.rows.slice(firstData);
	const dataNumbers = table.rowNumbers.slice(firstData);
	const numericCells = function* () {
		for (const r of dataRows) for (const j of [c.electronic, c.total, c.rate]) if (j >= 0 && r[j]) yield r[j];
	};
	const numberStyle = choices.numberStyle ?? detectNumberStyle(numericCells());

	const missing: ImportResult['missing'] = [];
	if (c.code < 0 && c.name < 0) missing.push('unit');
	if (c.electronic < 0) missing.push('electronic');
	if (c.total < 0) missing.push('total');
	const fixedPeriod = choices.period ? periodFromText(choices.period) : null;
	if (c.period < 0 && !fixedPeriod) missing.push('period');
	const fixedIndicator = choices.indicator ? indicatorFromText(choices.indicator, ref.indicators) : null;
	if (c.indicator < 0 && !fixedIndicator) missing.push('indicator');
	const base = { missing, numberStyle, rateAsFraction: false, beforeHeader: Math.max(0, firstData - layout.headerRows) };
	if (missing.length > 0) {
		return { ...base, rows: [], findings: [], counts: { read: dataRows.length, imported: 0, setAside: 0, rejected: 0 }, observations: [] };
	}

	const ctx = importContext(table, layout, dataRows, dataNumbers, c, numberStyle, fixedPeriod, fixedIndicator, ref);
	const rows: RowOutcome[] = [];
	const observations: Observation[] = [];
	const totalRows: TotalRow[] = [];
	dataRows.forEach((cells, i) => {
		const read = readRow(ctx, cells, i, dataNumbers[i]);
		rows.push({ row: dataNumbers[i], cells, status: read.status, findings: read.findings });
		if (read.observation) observations.push(read.observation);
		if (read.totalRow) totalRows.push(read.totalRow);
	});
	checkTotalRows(totalRows, rows, observations);
	const periodFindings = missingUnits(observations, ref, columnLabel(layout.labels, c.name >= 0 ? c.name : c.code));
	const counts: ImportCounts = {
		read: rows.length,
		imported: rows.filter((r) => r.status === 'imported').length,
		setAside: rows.filter((r) => r.status === 'setAside').length,
		rejected: rows.filter((r) => r.status === 'rejected').length
	};
	return { ...base, rateAsFraction: ctx.rateAsFraction, rows, findings: [...rows.flatMap((r) => r.findings), ...periodFindings], counts, observations };
}

/** What every row is read with: the resolvers (memoised: files repeat names), the header, where the signature block begins. */
function importContext(
	table: SourceTable,
	layout: HeaderLayout,
	dataRows: string[][],
	dataNumbers: number[],
	c: Columns,
	numberStyle: NumberStyle,
	fixedPeriod: string | null,
	fixedIndicator: string | null,
	ref: ImportReference
): ImportContext {
	const plain63 = createResolver(ref.provinces);
	const plain34 = createResolver(ref.units34);
	const resolver63: ProvinceResolver = { resolve: memo((x) => plain63.resolve(x)) };
	const resolver34: ProvinceResolver = { resolve: memo((x) => plain34.resolve(x)) };
	// Ambiguities stop the import (ImportError 'ambiguous'); rows past the last figures are a signature block.
	checkRowNumbers(dataRows, dataNumbers, c, numberStyle, layout.labels);
	const isUnitName = (x: string) => x.length <= 120 && /\p{L}/u.test(x) && (resolver63.resolve(x).ok || resolver34.resolve(x).ok);
	checkRoleChange(dataRows, dataNumbers, c, numberStyle, isUnitName, layout.labels);
	return {
		c,
		labels: layout.labels,
		numberStyle,
		rateAsFraction: c.rate >= 0 && rateColumnIsFraction(dataRows, c, numberStyle),
		fixedPeriod,
		fixedIndicator,
		resolver63,
		resolver34,
		byCode63: new Map(ref.provinces.map((p) => [p.code, p])),
		byCode34: new Map(ref.units34.map((p) => [p.code, p])),
		crosswalk: ref.crosswalk,
		keyOf: memo(headerKey),
		periodOf: memo(periodFromText),
		indicatorOf: memo((x) => indicatorFromText(x, ref.indicators)),
		headerKeys: layout.labels.map((l) => headerKey(l.split(' / ').pop() ?? l)),
		headerCells: layout.headerIndex >= 0 ? table.rows.slice(layout.headerIndex, layout.headerIndex + layout.headerRows) : [],
		signatureFrom: signatureStart(dataRows, c, numberStyle),
		width: headerWidth(table.rows, layout),
		firstRowOf: new Map()
	};
}

/** A total row is set aside, but it is a check on the rows: say so when they do not add up to it. */
function checkTotalRows(totalRows: readonly TotalRow[], rows: readonly RowOutcome[], observations: readonly Observation[]): void {
	for (const tr of totalRows) {
		const group = observations.filter((o) => o.period === tr.period && o.indicator === tr.indicator);
		if (group.length === 0) continue;
		const electronic = group.reduce((sum, o) => sum + o.electronic, 0);
		const total = group.reduce((sum, o) => sum + o.total, 0);
		if (electronic !== tr.electronic || total !== tr.total) {
			const rowOutcome = rows.find((r) => r.row === tr.row);
			rowOutcome?.findings.push(
				finding('totalRowDiffers', 'warning', { row: tr.row, column: tr.column, value: `${tr.electronic} / ${tr.total}` }, { electronic, total })
			);
		}
	}
}

function rateColumnIsFraction(rows: readonly string[][], c: Record<'electronic' | 'total' | 'rate', number>, style: NumberStyle): boolean {
	let fractionFits = 0;
	let percentFits = 0;
	for (const r of rows) {
		const raw = r[c.rate] ?? '';
		if (raw.includes('%')) return false;
		const rate = parseNumber(raw, style);
		const e = parseNumber(r[c.electronic] ?? '', style);
		const t = parseNumber(r[c.total] ?? '', style);
		if (!rate.ok || !e.ok || !t.ok || t.value <= 0) continue;
		const computed = (e.value / t.value) * 100;
		if (Math.abs(rate.value * 100 - computed) <= 0.01) fractionFits++;
		if (Math.abs(rate.value - computed) <= 0.01) percentFits++;
	}
	return fractionFits > percentFits;
}

function missingUnits(observations: readonly Observation[], ref: ImportReference, column: string): Finding[] {
	const groups = new Map<string, Set<string>>();
	for (const o of observations) {
		const key = `${o.period}|${o.indicator}`;
		if (!groups.has(key)) groups.set(key, new Set());
		groups.get(key)!.add(o.unitCode);
	}
	const out: Finding[] = [];
	for (const [key, present] of [...groups.entries()].sort()) {
		const [period, indicator] = key.split('|');
		const units = usesUnits34(period) ? ref.units34 : ref.provinces;
		const absent = units.filter((u) => !present.has(u.code));
		if (absent.length === 0) continue;
		const names = absent.map((u) => u.name);
		out.push(
			finding('missingProvinces', 'warning', { row: null, column, value: null }, {
				period,
				indicator,
				count: absent.length,
				names: names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ')
			})
		);
	}
	return out;
}

/** The imported rows as a dataset; the unit set follows the periods (34 units from 1 July 2025). */
export function toDataset(result: ImportResult, info: Omit<DatasetInfo, 'unitSet'>): Dataset {
	const all34 = result.observations.length > 0 && result.observations.every((o) => usesUnits34(o.period));
	return { info: { ...info, unitSet: all34 ? 34 : 63 }, observations: result.observations };
}

