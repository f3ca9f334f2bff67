import { comparePeriods, parsePeriod } from '../base/period';
import type { Target } from '../data/targets';

/** The part of a dataset's figures that says which indicators and periods it holds. */
export interface FiguresIndex {
	national: Readonly<Record<string, readonly { period: string }[]>>;
}

/** A trend, hence a projection and a status other than "at risk for want of data", needs this many periods. */
export const MIN_TREND_PERIODS = 2;

export interface TargetReadiness {
	/** Indicators the target needs that the dataset lacks: its own, and a relative target's reference. */
	missing: string[];
	/** Periods of the target's indicator, oldest first. */
	periods: string[];
	/** Periods of the target's indicator that have no reference figures (relative targets only). */
	withoutReference: string[];
	/** At least MIN_TREND_PERIODS periods: a trend and a projection can be computed. */
	trend: boolean;
}

function periodsOf(figures: FiguresIndex, indicator: string): string[] {
	return (figures.national[indicator] ?? [])
		.map((n) => n.period)
		.filter((id) => parsePeriod(id) !== null)
		.sort((a, b) => comparePeriods(parsePeriod(a)!, parsePeriod(b)!));
}

/** What a dataset holds for a target, so that the page can say what is missing instead of showing blanks. */
export function targetReadiness(figures: FiguresIndex, target: Target): TargetReadiness {
	const needed = target.kind === 'relative_rate' && target.referenceIndicator ? [target.indicator, target.referenceIndicator] : [target.indicator];
	const missing = needed.filter((id) => (figures.national[id] ?? []).length === 0);
	const periods = periodsOf(figures, target.indicator);
	const referencePeriods = new Set(target.kind === 'relative_rate' && target.referenceIndicator ? periodsOf(figures, target.referenceIndicator) : periods);
	const withoutReference = missing.length > 0 ? [] : periods.filter((p) => !referencePeriods.has(p));
	return { missing, periods, withoutReference, trend: periods.length >= MIN_TREND_PERIODS };
}

/**
 * The target a view opens: the one the link names; else the preferred one if this dataset can measure it;
 * else the first the dataset holds every indicator for, preferring one with a trend; else the first.
 */
export function pickTarget(targets: readonly Target[], figures: FiguresIndex, requested: string | null, preferred: string | null = null): Target | undefined {
	const named = targets.find((x) => x.id === requested);
	if (named) return named;
	const usable = targets.filter((x) => targetReadiness(figures, x).missing.length === 0);
	return (
		usable.find((x) => x.id === preferred) ??
		usable.find((x) => targetReadiness(figures, x).trend) ??
		usable[0] ??
		targets[0]
	);
}
