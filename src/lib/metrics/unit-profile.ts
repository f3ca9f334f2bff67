import type { Province } from '../geo/types';
import { buildRanking, type RankingRow, type UnitCounts } from './ranking';
import { rate, sumCounts, type Counts } from '../base/rate';
import { gapToGroup, gapToTarget, placeOf, rankChange, type Gap, type Place, type RankChange, type StandingPoint } from './standing';

export interface PeriodCounts {
	period: string;
	counts: readonly UnitCounts[];
}

/** Everything the unit's page says about it, for the latest period of a series. */
export interface UnitProfile {
	code: string;
	period: string;
	/** Its line of the national ranking (appendix order), or null when it has no figures. */
	row: RankingRow | null;
	nation: { counts: Counts; rate: number | null; place: Place | null; gap: Gap | null };
	/** Its region (or the unofficial grouping given by `regionOf`); null when it has none. */
	region: { code: string; counts: Counts; rate: number | null; place: Place | null; gap: Gap | null; peers: RankingRow[] } | null;
	target: Gap | null;
	/** One point per period, oldest first. */
	history: StandingPoint[];
	change: RankChange | null;
}

/**
 * Builds a unit's profile from a series (periods oldest first, each on the same unit set as `units`).
 * `regionOf` gives a unit's region code (official for the 63 provinces, a labelled grouping for the 34).
 */
export function unitProfile(
	series: readonly PeriodCounts[],
	units: readonly Province[],
	code: string,
	targetHundredths: number,
	regionOf: (code: string) => string | null
): UnitProfile | null {
	if (series.length === 0) return null;
	const history: StandingPoint[] = series.map(({ period, counts }) => {
		const ranking = buildRanking(counts, units, 'asc', targetHundredths);
		return { period, row: ranking.find((r) => r.code === code) ?? null, place: placeOf(counts, code) };
	});
	const latest = series[series.length - 1];
	const ranking = buildRanking(latest.counts, units, 'asc', targetHundredths);
	const row = ranking.find((r) => r.code === code) ?? null;
	const nationCounts = sumCounts(latest.counts);
	const regionCode = regionOf(code);
	let region: UnitProfile['region'] = null;
	if (regionCode !== null) {
		const inRegion = latest.counts.filter((c) => regionOf(c.code) === regionCode);
		const regionCounts = sumCounts(inRegion);
		region = {
			code: regionCode,
			counts: regionCounts,
			rate: rate(regionCounts),
			place: placeOf(inRegion, code),
			gap: row ? gapToGroup(row, inRegion) : null,
			peers: ranking.filter((r) => regionOf(r.code) === regionCode)
		};
	}
	return {
		code,
		period: latest.period,
		row,
		nation: { counts: nationCounts, rate: rate(nationCounts), place: placeOf(latest.counts, code), gap: row ? gapToGroup(row, latest.counts) : null },
		region,
		target: row ? gapToTarget(row, targetHundredths) : null,
		history,
		change: rankChange(history)
	};
}
