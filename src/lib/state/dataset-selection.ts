import type { PeriodIndicator } from '../db/queries';

/** URL parameters that pick what the overview shows (besides the view state). */
export const SELECTION_PARAMS = ['dataset', 'period', 'indicator'] as const;

/**
 * The period and indicator to show: the ones in the link when the dataset holds them, else the latest
 * period (and, within it, the first indicator) — so any link opens a valid view.
 */
export function chooseSelection(
	contents: readonly PeriodIndicator[],
	wanted: { period: string | null; indicator: string | null }
): { period: string; indicator: string } | null {
	if (contents.length === 0) return null;
	const exact = contents.find((c) => c.period === wanted.period && c.indicator === wanted.indicator);
	if (exact) return { period: exact.period, indicator: exact.indicator };
	const byIndicator = contents.filter((c) => c.indicator === wanted.indicator);
	const byPeriod = contents.filter((c) => c.period === wanted.period);
	const pool = byPeriod.length > 0 ? byPeriod : byIndicator.length > 0 ? byIndicator : contents;
	const latest = pool.map((c) => c.period).sort().pop()!;
	const pick = pool.find((c) => c.period === latest)!;
	return { period: pick.period, indicator: pick.indicator };
}
