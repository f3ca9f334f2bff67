import type { UnitCounts } from './ranking';
import { placeOf } from './standing';

/** One published period of one unit: its counts and its best-first rank (1 = highest rate, ties shared). */
export interface UnitHistoryPoint {
	period: string;
	electronic: number;
	total: number;
	/** Null when the unit has no figures (or no dossiers) in that period. */
	rank: number | null;
	/** How many units have a rate in that period. */
	of: number;
}

/**
 * A unit's rate and rank over every period of a series (oldest first): a few numbers per period, so that
 * a unit page carries its own history without every other unit's counts.
 */
export function unitHistory(series: readonly { period: string; counts: readonly UnitCounts[] }[], code: string): UnitHistoryPoint[] {
	return series.map(({ period, counts }) => {
		const self = counts.find((c) => c.code === code);
		const place = placeOf(counts, code);
		return {
			period,
			electronic: self?.electronic ?? 0,
			total: self?.total ?? 0,
			rank: place?.rankBestFirst ?? null,
			of: counts.filter((c) => c.total > 0).length
		};
	});
}
