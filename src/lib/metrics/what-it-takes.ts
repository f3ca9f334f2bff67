import { compareRates, sumCounts } from '../base/rate';
import type { UnitCounts } from './ranking';
import { dossiersToReach } from './standing';

/** The electronic dossiers a unit needs, at this period's total, to reach a figure; null when out of reach. */
export interface WhatItTakes {
	code: string;
	/** The nearest unit with a strictly higher rate (ties with it are passed together); null for the first. */
	nextUp: { code: string; needed: number | null } | null;
	/** To reach the national rate as it stands this period (E/T); 0 when already there. */
	national: number | null;
	/** To reach the target (a rate in hundredths of a percent); 0 when met; null without a target. */
	target: number | null;
}

/**
 * "What it takes" for one unit, with its total (all dossiers) held as it is:
 * - to pass the next unit up: the least e′ with e′/t > e_n/t_n, i.e. ⌊e_n·t / t_n⌋ + 1;
 * - to reach the national rate E/T of the period: the least e′ with e′/t ≥ E/T, i.e. ⌈E·t / T⌉ — the rate as
 *   published, the same figure the unit page's "so với toàn quốc" gives (standing.dossiersToReach);
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
	const national = dossiersToReach(unit, BigInt(nation.electronic), BigInt(nation.total));
	const target = targetHundredths === null ? null : reachable(Number((BigInt(Math.round(targetHundredths)) * BigInt(t) + 9999n) / 10000n));
	return { code, nextUp, national, target };
}

