import type { Indicator, Province } from '../../geo/types';
import { createResolver, type ProvinceResolver } from '../../geo/resolve';
import type { Dataset, DatasetInfo, Observation } from '../observation';
import { MAX_CELL_CHARS } from './errors';
import { finding, type Finding } from './findings';
import { headerKey, type ColumnRole, type HeaderLayout } from './header';
import { detectNumberStyle, parseNumber, type NumberStyle } from '../../base/numbers';
import { periodFromText, usesUnits34 } from './period-text';
import { checkRoleChange, checkRowNumbers, extraCell, headerWidth, shortValue, signatureStart, tooLongCell } from './row-checks';
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

export type RowStatus = 'imported' | 'setAside' | 'rejected';

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

const TOTAL_ROW = new Set(['tong cong', 'toan quoc', 'cong', 'tong', 'tong so', 'ca nuoc', 'total', 'grand total', 'nationwide', 'sum', 'toan nganh']);

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

function columnLabel(labels: readonly string[], j: number): string {
	return labels[j] || `#${j + 1}`;
}

function roundTo2(x: number): number {
	return Math.round(x * 100) / 100;
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

function unitLabel(p: Province): string {
	return `${p.name} (${p.code})`;
}

/**
 * Reads every row after the header with the chosen column roles, and decides each one: imported, set
 * aside (total rows, notes) or rejected, each with its findings. Never throws on bad cells: every problem
 * is a finding, and the counts add up to the rows read.
 */
export function buildImport(table: SourceTable, layout: HeaderLayout, choices: ImportChoices, ref: ImportReference): ImportResult {
	const roles = choices.roles;
	const col = (role: ColumnRole) => roles.indexOf(role);
	const c = {
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

	const plain63 = createResolver(ref.provinces);
	const plain34 = createResolver(ref.units34);
	const resolver63: ProvinceResolver = { resolve: memo((x) => plain63.resolve(x)) };
	const resolver34: ProvinceResolver = { resolve: memo((x) => plain34.resolve(x)) };
	const keyOf = memo(headerKey);
	const periodOf = memo(periodFromText);
	const indicatorOf = memo((x) => indicatorFromText(x, ref.indicators));
	const byCode63 = new Map(ref.provinces.map((p) => [p.code, p]));
	const byCode34 = new Map(ref.units34.map((p) => [p.code, p]));
	const headerKeys = layout.labels.map((l) => headerKey(l.split(' / ').pop() ?? l));
	const headerCells = layout.headerIndex >= 0 ? table.rows.slice(layout.headerIndex, layout.headerIndex + layout.headerRows) : [];
	const rateAsFraction = c.rate >= 0 && rateColumnIsFraction(dataRows, c, numberStyle);
	// Ambiguities stop the import (ImportError 'ambiguous'); rows past the last figures are a signature block.
	checkRowNumbers(dataRows, dataNumbers, c, numberStyle, layout.labels);
	const isUnitName = (x: string) => x.length <= 120 && /\p{L}/u.test(x) && (resolver63.resolve(x).ok || resolver34.resolve(x).ok);
	checkRoleChange(dataRows, dataNumbers, c, numberStyle, isUnitName, layout.labels);
	const signatureFrom = signatureStart(dataRows, c, numberStyle);
	const width = headerWidth(table.rows, layout);

	const rows: RowOutcome[] = [];
	const observations: Observation[] = [];
	const firstRowOf = new Map<string, number>();
	const totalRows: { row: number; period: string; indicator: string; electronic: number; total: number; column: string }[] = [];

	dataRows.forEach((cells, i) => {
		const row = dataNumbers[i];
		const found: Finding[] = [];
		const at = (j: number) => ({ row, column: columnLabel(layout.labels, j), value: cells[j] ?? '' });
		const get = (j: number) => (j >= 0 ? (cells[j] ?? '') : '');
		const done = (status: RowStatus) => rows.push({ row, cells, status, findings: found });

		const unitColumn = c.code >= 0 ? c.code : c.name;
		const nameCell = get(c.name >= 0 ? c.name : c.code);
		const unitCell = get(unitColumn);
		const figures = [c.electronic, c.total, c.rate].map(get);

		const long = tooLongCell(cells);
		if (long >= 0) {
			found.push(finding('cellTooLong', 'error', { ...at(long), value: shortValue(cells[long]) }, { length: cells[long].length, limit: MAX_CELL_CHARS }));
			return done('rejected');
		}
		if (i >= signatureFrom) {
			found.push(finding('signatureBlock', 'warning', at(cells.findIndex((x) => x !== ''))));
			return done('setAside');
		}
		const sameAsHeader = (x: string, j: number) => x !== '' && headerCells.some((h) => h[j] === x) && keyOf(x) === headerKeys[j];
		if (cells.length > 1 && cells.filter(sameAsHeader).length >= 2) {
			found.push(finding('repeatedHeader', 'warning', at(unitColumn)));
			return done('setAside');
		}
		const extra = extraCell(cells, width);
		if (extra >= 0) {
			found.push(finding('extraCells', 'error', at(extra), { width: width ?? 0 }));
			return done('rejected');
		}
		const unitKey = keyOf(nameCell) || keyOf(cells.find((x) => x !== '') ?? '');
		if (TOTAL_ROW.has(unitKey) || TOTAL_ROW.has(keyOf(cells.find((x) => x !== '' && !/^\d+$/.test(x)) ?? ''))) {
			found.push(finding('totalRow', 'warning', at(c.name >= 0 ? c.name : unitColumn)));
			const e = parseNumber(get(c.electronic), numberStyle);
			const t = parseNumber(get(c.total), numberStyle);
			const p = c.period >= 0 ? periodOf(get(c.period)) : fixedPeriod;
			const ind = c.indicator >= 0 ? indicatorOf(get(c.indicator)) : fixedIndicator;
			if (e.ok && t.ok && p && ind) totalRows.push({ row, period: p, indicator: ind, electronic: e.value, total: t.value, column: columnLabel(layout.labels, c.total) });
			return done('setAside');
		}

		// Period and unit set first: the 34 units are the names from 1 July 2025.
		let period: string | null = fixedPeriod;
		if (c.period >= 0) {
			const raw = get(c.period);
			period = raw === '' ? fixedPeriod : periodOf(raw);
			if (raw === '' && !fixedPeriod) found.push(finding('missingValue', 'error', at(c.period)));
			else if (period === null) found.push(finding('unknownPeriod', 'error', at(c.period)));
		}
		const units34 = period !== null && usesUnits34(period);
		const resolver: ProvinceResolver = units34 ? resolver34 : resolver63;
		const byCode = units34 ? byCode34 : byCode63;

		let unitCode: string | null = null;
		if (unitCell === '') {
			if (figures.every((f) => f === '') && cells.filter((x) => x !== '').length <= 1) {
				found.length = 0;
				found.push(finding('textRow', 'warning', at(unitColumn)));
				return done('setAside');
			}
			const byName = c.code >= 0 && c.name >= 0 && nameCell !== '' && nameCell.length <= 120 ? resolver.resolve(nameCell) : null;
			if (byName?.ok) {
				unitCode = byName.code;
				found.push(finding('codeEmptyNamed', 'warning', at(unitColumn), { unit: unitLabel(byCode.get(unitCode)!) }));
			} else found.push(finding('missingValue', 'error', at(unitColumn)));
		} else {
			// A bare number in a name column is a row number, not a province code: never resolve it.
			const numberAsName = unitColumn === c.name && /^\d+$/.test(unitCell);
			const resolution =
				unitCell.length > 120 || numberAsName ? { ok: false as const, reason: 'unknown' as const, suggestions: [] } : resolver.resolve(unitCell);
			if (resolution.ok) {
				unitCode = resolution.code;
				// A code and a name that disagree mean a shifted row: neither can be trusted.
				if (c.code >= 0 && c.name >= 0 && nameCell !== '' && nameCell.length <= 120) {
					const byName = resolver.resolve(nameCell);
					if (byName.ok && byName.code !== unitCode) {
						found.push(
							finding('codeNameMismatch', 'error', at(c.name), { unit: unitLabel(byCode.get(unitCode)!), named: unitLabel(byCode.get(byName.code)!) })
						);
					}
				}
			}
			else if (figures.every((f) => f === '')) {
				found.length = 0;
				found.push(finding('textRow', 'warning', at(unitColumn)));
				return done('setAside');
			} else {
				const suggestions = [...resolution.suggestions];
				if (units34) {
					const old = resolver63.resolve(unitCell);
					const merged = old.ok ? ref.crosswalk?.get(old.code) : undefined;
					if (merged) suggestions.unshift(merged);
				}
				const names = [...new Set(suggestions)].map((s) => byCode.get(s)).filter((p): p is Province => !!p).map(unitLabel).join(', ');
				found.push(finding(resolution.reason === 'ambiguous' ? 'ambiguousProvince' : 'unknownProvince', 'error', at(unitColumn), names ? { suggestions: names } : {}));
			}
		}

		let indicator: string | null = fixedIndicator;
		if (c.indicator >= 0) {
			const raw = get(c.indicator);
			indicator = raw === '' ? fixedIndicator : indicatorOf(raw);
			if (raw === '' && !fixedIndicator) found.push(finding('missingValue', 'error', at(c.indicator)));
			else if (indicator === null) found.push(finding('unknownIndicator', 'error', at(c.indicator)));
		}

		const counts: { electronic: number | null; total: number | null } = { electronic: null, total: null };
		for (const key of ['electronic', 'total'] as const) {
			const j = c[key];
			const parsed = parseNumber(get(j), numberStyle);
			if (!parsed.ok) found.push(parsed.problem === 'missing' ? finding('missingValue', 'error', at(j)) : finding('notANumber', 'error', at(j), { style: numberStyle }));
			else if (parsed.value < 0) found.push(finding('negativeCount', 'error', at(j)));
			else if (Math.abs(parsed.value) >= 2 ** 53) found.push(finding('beyondExactIntegers', 'error', at(j)));
			else if (!Number.isSafeInteger(parsed.value)) found.push(finding('nonIntegerCount', 'error', at(j)));
			else counts[key] = parsed.value;
		}
		if (counts.electronic !== null && counts.total !== null && counts.electronic > counts.total) {
			found.push(finding('electronicExceedsTotal', 'error', at(c.electronic), { total: counts.total }));
		}

		let statedRate: number | null = null;
		if (c.rate >= 0 && get(c.rate) !== '') {
			const parsed = parseNumber(get(c.rate), numberStyle);
			if (!parsed.ok) found.push(finding('badStatedRate', 'warning', at(c.rate)));
			else {
				statedRate = rateAsFraction && !get(c.rate).includes('%') ? parsed.value * 100 : parsed.value;
				if (counts.electronic !== null && counts.total) {
					const computed = (counts.electronic / counts.total) * 100;
					if (Math.abs(computed - statedRate) > 0.01 + 1e-9) {
						found.push(finding('statedRateDiffers', 'warning', at(c.rate), { computed: roundTo2(computed) }));
					}
				}
			}
		}

		if (unitCode !== null && period !== null && indicator !== null) {
			const key = `${unitCode}|${period}|${indicator}`;
			const first = firstRowOf.get(key);
			if (first !== undefined) {
				found.push(finding('duplicateUnit', 'error', at(unitColumn), { unit: unitLabel(byCode.get(unitCode)!), firstRow: first }));
			} else if (!found.some((f) => f.severity === 'error')) firstRowOf.set(key, row);
		}

		if (found.some((f) => f.severity === 'error') || unitCode === null || period === null || indicator === null) return done('rejected');
		observations.push({
			unitCode,
			period,
			indicator,
			electronic: counts.electronic!,
			total: counts.total!,
			statedRate: statedRate === null ? null : roundTo2(statedRate),
			sourceName: nameCell || null
		});
		done('imported');
	});

	const periodFindings = missingUnits(observations, ref, columnLabel(layout.labels, c.name >= 0 ? c.name : c.code));
	// A total row is set aside, but it is a check on the rows: say so when they do not add up to it.
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
	const counts: ImportCounts = {
		read: rows.length,
		imported: rows.filter((r) => r.status === 'imported').length,
		setAside: rows.filter((r) => r.status === 'setAside').length,
		rejected: rows.filter((r) => r.status === 'rejected').length
	};
	return { ...base, rateAsFraction, rows, findings: [...rows.flatMap((r) => r.findings), ...periodFindings], counts, observations };
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

