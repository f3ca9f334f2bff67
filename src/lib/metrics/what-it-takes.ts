import { ceil, frac, mul } from './fraction';
import { compareRates, sumCounts } from './rate';
import type { UnitCounts } from './ranking';

/** The electronic dossiers a unit needs, at this period's total, to reach a figure; null when out of reach. */
export interface WhatItTakes {
	code: string;
	/** The nearest unit with a strictly higher rate (ties with it are passed together); null for the first. */
	nextUp: { code: string; needed: number | null } | null;
	/** To reach the national rate, counting the unit's own added dossiers in it; 0 when already there. */
	national: number | null;
	/** To reach the target (a rate in hundredths of a percent); 0 when met; null without a target. */
	target: number | null;
}

/**
 * "What it takes" for one unit, with its total (all dossiers) held as it is:
 * - to pass the next unit up: the least e′ with e′/t > e_n/t_n, i.e. ⌊e_n·t / t_n⌋ + 1;
 * - to reach the national rate: the least e′ with e′/t ≥ (E − e + e′)/T, i.e. ⌈t·(E − e)/(T − t)⌉ (the nation
 *   gains the same dossiers); this is the rate of the rest of the country;
 * - to reach the target p: the least e′ with e′/t ≥ p, i.e. ⌈p·t⌉ (the test `meetsTarget` applies).
 * The figure is e′ − e (0 when already there); null when e′ would exceed the total or the unit has no rate.
 */
export function whatItTakes(counts: readonly UnitCounts[], code: string, targetHundredths: number | null): WhatItTakes {
	const unit = counts.find((c) => c.code === code);
	if (!unit || unit.total <= 0) return { code, nextUp: null, national: null, target: null };
	const { electronic: e, total: t } = unit;
	const reachable = (least: number) => (least > t ? null : Math.max(0, least - e));

	let above: UnitCounts | null = null;
	for (const c of counts) {
		if (c.total <= 0 || compareRates(c, unit) <= 0) continue;
		if (above === null || compareRates(c, above) < 0 || (compareRates(c, above) === 0 && c.code < above.code)) above = c;
	}
	const nextUp = above === null ? null : { code: above.code, needed: reachable(Number((BigInt(above.electronic) * BigInt(t)) / BigInt(above.total)) + 1) };

	const nation = sumCounts(counts.filter((c) => c.total > 0));
	const restTotal = nation.total - t;
	const national = restTotal <= 0 ? 0 : reachable(ceil(frac(BigInt(t) * BigInt(nation.electronic - e), restTotal)));

	const target = targetHundredths === null ? null : reachable(ceil(mul(frac(Math.round(targetHundredths), 10000), frac(t))));
	return { code, nextUp, national, target };
}

