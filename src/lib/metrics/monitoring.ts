import { comparePeriods, parsePeriod } from '../base/period';
import { periodChange, type PeriodChange } from './period-change';
import { rankByRate } from './rank';
import type { UnitCounts } from './ranking';
import { meetsTarget } from './summary';

/** The units' counts in one published period. */
export interface PeriodCounts {
	period: string;
	counts: readonly UnitCounts[];
}

export interface ChangeColumns {
	period: string;
	/** The published period just before, and the first published period of the same year; null when none. */
	previous: string | null;
	yearStart: string | null;
	/** One row per unit of the period, in the order of its counts. */
	vsPrevious: PeriodChange[] | null;
	vsYearStart: PeriodChange[] | null;
}

const byPeriod = (a: PeriodCounts, b: PeriodCounts) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!);

function changeBetween(before: PeriodCounts, now: PeriodCounts): PeriodChange[] {
	const earlier = new Map(before.counts.map((c) => [c.code, c]));
	return periodChange(now.counts.map((c) => ({ code: c.code, a: earlier.get(c.code) ?? null, b: c })));
}

/**
 * The change columns of a period against the previous published period and against the first published
 * period of its year (none when the period is itself the first of its year): rate change in points
 * (hundredths) and rank change best-first, ties shared (12th best → 9th best = +3, shown ▲3).
 */
export function changeColumns(series: readonly PeriodCounts[], period: string): ChangeColumns {
	const sorted = [...series].sort(byPeriod);
	const at = sorted.findIndex((p) => p.period === period);
	if (at < 0) throw new RangeError(`period ${period} is not in the series`);
	const now = sorted[at];
	const previous = at > 0 ? sorted[at - 1] : null;
	const year = period.slice(0, 4);
	const first = sorted.slice(0, at).find((p) => p.period.slice(0, 4) === year) ?? null;
	return {
		period,
		previous: previous?.period ?? null,
		yearStart: first?.period ?? null,
		vsPrevious: previous ? changeBetween(previous, now) : null,
		vsYearStart: first ? changeBetween(first, now) : null
	};
}

/** ▲3 (climbed 3 places), ▼2 (fell 2), = (same place), — (no comparison). */
export function rankChangeSymbol(change: number | null): string {
	if (change === null) return '—';
	return change > 0 ? `▲${change}` : change < 0 ? `▼${-change}` : '=';
}

/** How many units improved, declined or stayed, by the rate change as shown (points, 2 decimals). */
export function improvedDeclined(changes: readonly PeriodChange[]): { improved: number; declined: number; unchanged: number; notCompared: number } {
	const out = { improved: 0, declined: 0, unchanged: 0, notCompared: 0 };
	for (const c of changes) {
		if (c.delta === null) out.notCompared++;
		else if (c.delta > 0) out.improved++;
		else if (c.delta < 0) out.declined++;
		else out.unchanged++;
	}
	return out;
}

export type FlagId = 'fell5' | 'belowTarget3' | 'lowest5';

/** The flag rules, as stated on the page. */
export const FLAG_RULES = { fell5: 5, belowTargetPeriods: 3, lowest: 5 } as const;

/**
 * The flags of each unit in a period: fell 5 places or more since the previous period (best-first,
 * ties shared); below target in each of the last 3 published periods (this one included; every one of
 * them must have a target and a rate); among the 5 lowest (its place counted lowest-first with ties
 * shared is 5 or less, so all units tied for 5th-lowest are flagged).
 */
export function flags(series: readonly PeriodCounts[], period: string, targetOf: (period: string) => number | null): Map<string, FlagId[]> {
	const sorted = [...series].sort(byPeriod);
	const at = sorted.findIndex((p) => p.period === period);
	if (at < 0) throw new RangeError(`period ${period} is not in the series`);
	const now = sorted[at];
	const columns = changeColumns(sorted, period);
	const fell = new Map((columns.vsPrevious ?? []).map((c) => [c.code, c.rankChange]));
	const lastThree = at + 1 >= FLAG_RULES.belowTargetPeriods ? sorted.slice(at + 1 - FLAG_RULES.belowTargetPeriods, at + 1) : null;
	const lowestFirst = new Map(rankByRate(now.counts.filter((c) => c.total > 0), 'asc').map((r) => [r.row.code, r.rank]));
	const out = new Map<string, FlagId[]>();
	for (const unit of now.counts) {
		const list: FlagId[] = [];
		const change = fell.get(unit.code);
		if (change !== undefined && change !== null && change <= -FLAG_RULES.fell5) list.push('fell5');
		if (
			lastThree &&
			lastThree.every((p) => {
				const target = targetOf(p.period);
				const c = p.counts.find((x) => x.code === unit.code);
				return target !== null && c !== undefined && c.total > 0 && !meetsTarget(c, target);
			})
		) {
			list.push('belowTarget3');
		}
		const low = lowestFirst.get(unit.code);
		if (low !== undefined && low !== null && low <= FLAG_RULES.lowest) list.push('lowest5');
		out.set(unit.code, list);
	}
	return out;
}

/**
 * The only periods `changeColumns` and `flags` read for `period`: itself, the two before it, and the first
 * published period of its year. A page carries these few, never the whole series.
 */
export function periodsForChange(series: readonly PeriodCounts[], period: string): PeriodCounts[] {
	const sorted = [...series].sort(byPeriod);
	const at = sorted.findIndex((p) => p.period === period);
	if (at < 0) return [];
	const year = period.slice(0, 4);
	const first = sorted.findIndex((p) => p.period.slice(0, 4) === year);
	const from = Math.max(0, at + 1 - FLAG_RULES.belowTargetPeriods);
	return sorted.filter((_, i) => (i >= from && i <= at) || i === first);
}
