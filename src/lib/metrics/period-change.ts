import { rankByRate } from './rank';
import { compareRates, type Counts } from '../base/rate';
import { frac, sub, toHundredths } from './fraction';

export interface UnitPair {
	code: string;
	a: Counts | null;
	b: Counts | null;
}

export interface PeriodChange {
	code: string;
	a: Counts | null;
	b: Counts | null;
	/** Rates in hundredths of a percent (half-up); null without a rate. */
	rateA: number | null;
	rateB: number | null;
	/** rate B − rate A, exact then rounded half-up to hundredths of a point; null unless both rates exist. */
	delta: number | null;
	/** Best-first competition ranks (1 = highest rate; ties share a rank). */
	rankA: number | null;
	rankB: number | null;
	/** rank A − rank B: positive = moved up the table, negative = down, 0 = same place. */
	rankChange: number | null;
}

/**
 * Change between two periods for every unit: the rate delta in points and the move in the
 * best-first ranking. Ranks are taken among the units that have a rate in that period; equal rates
 * share a rank (1, 2, 2, 4), so two units tied in both periods both show no move.
 */
export function periodChange(pairs: readonly UnitPair[]): PeriodChange[] {
	const ranksOf = (side: 'a' | 'b') => {
		const rows = pairs.flatMap((p) => (p[side] && p[side].total > 0 ? [{ code: p.code, ...p[side] }] : []));
		return new Map(rankByRate(rows, 'desc').map((r) => [r.row.code, r.rank]));
	};
	const ranksA = ranksOf('a');
	const ranksB = ranksOf('b');
	const hundredths = (c: Counts | null) => (c && c.total > 0 ? toHundredths(frac(c.electronic, c.total)) : null);
	return pairs.map((p) => {
		const both = p.a && p.b && p.a.total > 0 && p.b.total > 0;
		const rankA = ranksA.get(p.code) ?? null;
		const rankB = ranksB.get(p.code) ?? null;
		return {
			code: p.code,
			a: p.a,
			b: p.b,
			rateA: hundredths(p.a),
			rateB: hundredths(p.b),
			delta: both ? toHundredths(sub(frac(p.b!.electronic, p.b!.total), frac(p.a!.electronic, p.a!.total))) : null,
			rankA,
			rankB,
			rankChange: rankA !== null && rankB !== null ? rankA - rankB : null
		};
	});
}

/** Largest rise first, then unchanged, falls, and units without a delta last; ties by rate B, then code. */
export function compareChanges(x: PeriodChange, y: PeriodChange): number {
	if ((x.delta === null) !== (y.delta === null)) return x.delta === null ? 1 : -1;
	if (x.delta !== null && y.delta !== null && x.delta !== y.delta) return y.delta - x.delta;
	if (x.b && y.b) {
		const c = compareRates(y.b, x.b);
		if (c !== 0) return c;
	}
	return x.code < y.code ? -1 : x.code > y.code ? 1 : 0;
}
