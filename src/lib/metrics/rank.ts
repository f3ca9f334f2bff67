import { compareRates, rate, rateHundredths, type Counts } from '../base/rate';

/**
 * asc: the appendix order of Công văn 3040 — STT 1 is the lowest rate.
 * desc: best first — rank 1 is the highest rate.
 */
export type RankOrder = 'asc' | 'desc';

export interface RankInput extends Counts {
	code: string;
}

export interface Ranked<T extends RankInput> {
	row: T;
	/** Position in display order, 1..n, unique (the STT column). */
	position: number;
	/** Competition rank: equal rates share a rank and the next rank skips (1, 2, 2, 4). Null without a rate. */
	rank: number | null;
	rate: number | null;
	rateHundredths: number | null;
}

/**
 * Ranks units by rate. Equal rates (compared exactly, not after rounding) share a rank.
 * Display order among equal rates — the documented tie-break — is the larger denominator first
 * (the rate that rests on more dossiers), then the unit code ascending, so the order is the same on
 * every run whatever order the rows came in. Units without a rate (total 0) come last, unranked.
 */
export function rankByRate<T extends RankInput>(rows: readonly T[], order: RankOrder): Ranked<T>[] {
	const direction = order === 'asc' ? 1 : -1;
	const sorted = [...rows].sort((a, b) => {
		const aMissing = a.total <= 0;
		const bMissing = b.total <= 0;
		if (aMissing !== bMissing) return aMissing ? 1 : -1;
		return (
			direction * compareRates(a, b) || b.total - a.total || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
		);
	});
	const ranked: Ranked<T>[] = [];
	sorted.forEach((row, i) => {
		const previous = ranked[i - 1];
		const hasRate = row.total > 0;
		const tiesPrevious = previous !== undefined && hasRate && previous.rank !== null && compareRates(previous.row, row) === 0;
		ranked.push({
			row,
			position: i + 1,
			rank: !hasRate ? null : tiesPrevious ? previous.rank : i + 1,
			rate: rate(row),
			rateHundredths: rateHundredths(row)
		});
	});
	return ranked;
}
