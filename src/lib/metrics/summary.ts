import { compareRates, medianRate, rate, sumCounts, type Counts } from '../base/rate';
import type { RankInput } from './rank';

export interface RateSummary<T extends RankInput> {
	units: number;
	/** Units with a rate (total > 0). */
	unitsWithRate: number;
	national: Counts;
	/** Sum over sum, as a fraction. */
	nationalRate: number | null;
	/** Unweighted median of unit rates, as a fraction. */
	medianRate: number | null;
	/** Units whose rate is at or above the target; null when no target is set. */
	meetingTarget: number | null;
	lowest: T | null;
	highest: T | null;
}

/**
 * Whether a unit's rate reaches a target given in hundredths of a percent (8000 = 80,00%),
 * decided exactly: electronic × 10000 ≥ target × total. A unit without a rate never meets it.
 */
export function meetsTarget(row: Counts, targetHundredths: number): boolean {
	if (row.total <= 0) return false;
	return BigInt(row.electronic) * 10000n >= BigInt(Math.round(targetHundredths)) * BigInt(row.total);
}

export function summarise<T extends RankInput>(rows: readonly T[], targetHundredths: number | null): RateSummary<T> {
	const withRate = rows.filter((r) => r.total > 0);
	const national = sumCounts(rows);
	let lowest: T | null = null;
	let highest: T | null = null;
	for (const row of withRate) {
		if (lowest === null || compareRates(row, lowest) < 0) lowest = row;
		if (highest === null || compareRates(row, highest) > 0) highest = row;
	}
	return {
		units: rows.length,
		unitsWithRate: withRate.length,
		national,
		nationalRate: rate(national),
		medianRate: medianRate(rows),
		meetingTarget: targetHundredths === null ? null : withRate.filter((r) => meetsTarget(r, targetHundredths)).length,
		lowest,
		highest
	};
}

