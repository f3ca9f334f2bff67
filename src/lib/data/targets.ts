import { readCsvRecords } from '../base/csv-records';
import { DataFileError } from '../base/data-file-error';

/**
 * A target with a deadline, as the letters set them:
 * - absolute_rate: the indicator's rate reaches `value` (hundredths of a percent: 8000 = 80%);
 * - relative_rate: the rate reaches `value` percent of the rate of `referenceIndicator` for the same
 *   unit and period (Công văn 3040: benefits rate ≥ 100% of the participation rate);
 * - count: the numerator (e.g. VssID accounts), summed over the scope, reaches `value`.
 * Scope national applies the target to the whole country and to each province in it; region to a
 * region and its provinces; province to one province.
 */
export type TargetKind = 'absolute_rate' | 'relative_rate' | 'count';
export type TargetScope = 'national' | 'region' | 'province';

export interface Target {
	id: string;
	labelVi: string;
	labelEn: string;
	indicator: string;
	scope: TargetScope;
	/** Region or province code; null for national. */
	scopeCode: string | null;
	kind: TargetKind;
	/** Rates: hundredths of a percent (8000 = 80%; relative: 10000 = equal to the reference). Counts: the count. */
	value: number;
	referenceIndicator: string | null;
	/** ISO date or null. */
	start: string | null;
	/** ISO date: the last day the target may be reached. */
	deadline: string;
	source: string;
	sourceDate: string | null;
}

export const TARGETS_FILE = 'data/targets.csv';

export interface TargetContext {
	indicators: ReadonlySet<string>;
	regions: ReadonlySet<string>;
	provinces: ReadonlySet<string>;
}

/** A problem with one field of a target: the column and the value, named as a person fixes them. */
export interface TargetProblem {
	column: string;
	value: string;
	reason: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const PERCENT = /^(\d{1,3})(?:[.,](\d{1,2}))?$/;
const COUNT = /^\d{1,12}$/;

function isIsoDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A percentage "80", "36,99" or "36.99" → hundredths; null when malformed. Relative targets may exceed 100. */
export function percentToHundredths(text: string): number | null {
	const m = PERCENT.exec(text.trim());
	if (!m) return null;
	return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** The fields of a target as text (a CSV row or a form), checked together; returns the target or the first problem. */
export function readTarget(fields: Record<string, string>, context: TargetContext): Target | TargetProblem {
	const f = (name: string) => (fields[name] ?? '').trim();
	const problem = (column: string, reason: string): TargetProblem => ({ column, value: f(column), reason });
	const id = f('id');
	if (!ID.test(id)) return problem('id', 'an id is lower-case letters, digits and dashes');
	const labelVi = f('label_vi');
	if (!labelVi) return problem('label_vi', 'must not be empty');
	const indicator = f('indicator');
	if (!context.indicators.has(indicator)) return problem('indicator', 'unknown indicator');
	const scope = f('scope');
	if (scope !== 'national' && scope !== 'region' && scope !== 'province') return problem('scope', 'scope is national, region or province');
	const scopeCode = f('scope_code');
	if (scope === 'national' && scopeCode !== '') return problem('scope_code', 'a national target has no scope code');
	if (scope === 'region' && !context.regions.has(scopeCode)) return problem('scope_code', 'unknown region code');
	if (scope === 'province' && !context.provinces.has(scopeCode)) return problem('scope_code', 'unknown province code');
	const kind = f('kind');
	if (kind !== 'absolute_rate' && kind !== 'relative_rate' && kind !== 'count') return problem('kind', 'kind is absolute_rate, relative_rate or count');
	let value: number | null;
	if (kind === 'count') value = COUNT.test(f('value')) ? Number(f('value')) : null;
	else value = percentToHundredths(f('value'));
	if (value === null || (kind === 'absolute_rate' && value > 10000)) {
		return problem('value', kind === 'count' ? 'a count is a whole number' : 'a rate is a percentage such as 80 or 36,99 (at most 100 for an absolute rate)');
	}
	const reference = f('reference_indicator');
	if (kind === 'relative_rate') {
		if (!context.indicators.has(reference)) return problem('reference_indicator', 'a relative target needs a known reference indicator');
		if (reference === indicator) return problem('reference_indicator', 'the reference indicator must differ from the indicator');
	} else if (reference !== '') return problem('reference_indicator', 'only a relative target has a reference indicator');
	const start = f('start');
	if (start !== '' && !isIsoDate(start)) return problem('start', 'a date is written YYYY-MM-DD');
	const deadline = f('deadline');
	if (!isIsoDate(deadline)) return problem('deadline', 'a date is written YYYY-MM-DD');
	if (start !== '' && start > deadline) return problem('deadline', `the deadline is before the start (${start})`);
	const source = f('source');
	if (!source) return problem('source', 'every target names its source document');
	const sourceDate = f('source_date');
	if (sourceDate !== '' && !isIsoDate(sourceDate)) return problem('source_date', 'a date is written YYYY-MM-DD');
	return {
		id,
		labelVi,
		labelEn: f('label_en') || labelVi,
		indicator,
		scope,
		scopeCode: scope === 'national' ? null : scopeCode,
		kind,
		value,
		referenceIndicator: kind === 'relative_rate' ? reference : null,
		start: start || null,
		deadline,
		source,
		sourceDate: sourceDate || null
	};
}

export function isTargetProblem(x: Target | TargetProblem): x is TargetProblem {
	return 'reason' in x;
}

export const TARGET_COLUMNS = ['id', 'label_vi', 'label_en', 'indicator', 'scope', 'scope_code', 'kind', 'value', 'reference_indicator', 'start', 'deadline', 'source', 'source_date'] as const;

/** Parses data/targets.csv; any malformed row fails with file, line, column and value. */
export function parseTargets(text: string, context: TargetContext, file = TARGETS_FILE): Target[] {
	const records = readCsvRecords(file, text, TARGET_COLUMNS);
	const seen = new Set<string>();
	return records.map((r) => {
		const fields = Object.fromEntries(TARGET_COLUMNS.map((c) => [c, r.get(c)]));
		const target = readTarget(fields, context);
		if (isTargetProblem(target)) throw new DataFileError(file, r.line, target.reason, target.column, target.value);
		if (seen.has(target.id)) throw new DataFileError(file, r.line, 'duplicate target id', 'id', target.id);
		seen.add(target.id);
		return target;
	});
}

/** The form fields of a target (the inverse of readTarget), for editing. */
export function targetFields(t: Target): Record<(typeof TARGET_COLUMNS)[number], string> {
	const percent = (h: number) => (h % 100 === 0 ? String(h / 100) : (h / 100).toFixed(2));
	return {
		id: t.id,
		label_vi: t.labelVi,
		label_en: t.labelEn,
		indicator: t.indicator,
		scope: t.scope,
		scope_code: t.scopeCode ?? '',
		kind: t.kind,
		value: t.kind === 'count' ? String(t.value) : percent(t.value),
		reference_indicator: t.referenceIndicator ?? '',
		start: t.start ?? '',
		deadline: t.deadline,
		source: t.source,
		source_date: t.sourceDate ?? ''
	};
}
