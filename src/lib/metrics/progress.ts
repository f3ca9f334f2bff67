import { comparePeriods, parsePeriod, type Period } from '../base/period';
import type { Target } from '../data/targets';
import { roundHalfUpScaled } from '../base/round';
import { ceil, compare, div, frac, mul, sub, toHundredths, type Fraction } from './fraction';
import { monthsLeft } from './months';
import { project, type Projection } from './projection';
import type { Counts } from '../base/rate';
import { decideStatus, type Status } from './status';

/** One unit's counts in one period. */
export interface SeriesPoint extends Counts {
	period: string;
}

export interface Progress {
	status: Status;
	/** The latest period with figures at or before the chosen one; null when none. */
	latest: Period | null;
	current: Counts | null;
	/** Months from the latest figures to the deadline (≤ 0: reached). */
	monthsLeft: number;
	/** Rate targets, in hundredths of a percent (rounded half-up); counts for a count target. */
	level: number | null;
	target: number | null;
	/** target − level, exact then rounded half-up; ≤ 0 when met. */
	gap: number | null;
	/** Rate targets: electronic dossiers missing at the current total (0 when met). Count targets: same as gap. */
	gapDossiers: number | null;
	/** gap ÷ months left, rounded half-up; null when met or when the deadline is reached. */
	neededPerMonth: number | null;
	/** gapDossiers ÷ months left, rounded up; null when met or when the deadline is reached. */
	neededDossiersPerMonth: number | null;
	/** The trend at the deadline, in the same unit as level (hundredths or a count). */
	projected: number | null;
	projection: Projection | null;
}

const byPeriod = (points: readonly SeriesPoint[], until: Period) =>
	points
		.map((p) => ({ point: p, period: parsePeriod(p.period) }))
		.filter((x): x is { point: SeriesPoint; period: Period } => x.period !== null && comparePeriods(x.period, until) <= 0)
		.sort((a, b) => comparePeriods(a.period, b.period));

const EMPTY = (left: number): Progress => ({
	status: 'no_data',
	latest: null,
	current: null,
	monthsLeft: left,
	level: null,
	target: null,
	gap: null,
	gapDossiers: null,
	neededPerMonth: null,
	neededDossiersPerMonth: null,
	projected: null,
	projection: null
});

/** The target rate for one unit at one period: a fraction, or null when a relative target has no reference rate. */
export function targetRate(target: Target, reference: Counts | null): Fraction | null {
	const share = frac(target.value, 10000);
	if (target.kind !== 'relative_rate') return share;
	if (!reference || reference.total <= 0) return null;
	return mul(share, frac(reference.electronic, reference.total));
}

/**
 * Progress of one unit (or of a sum of units) towards a target, with the figures up to `asOf`.
 * `reference` is the series of the reference indicator (relative targets); its figure for the same
 * period as the latest figure sets the target rate, and that rate is held for the projection.
 */
export function evaluateProgress(target: Target, series: readonly SeriesPoint[], asOf: string, reference: readonly SeriesPoint[] = []): Progress {
	const until = parsePeriod(asOf);
	if (!until) throw new RangeError(`not a period: ${asOf}`);
	const observed = byPeriod(series, until).filter((x) => target.kind === 'count' || x.point.total > 0);
	const last = observed[observed.length - 1];
	if (!last) return EMPTY(monthsLeft(until.end, target.deadline));
	const left = monthsLeft(last.period.end, target.deadline);
	const current = { electronic: last.point.electronic, total: last.point.total };
	const base = { ...EMPTY(left), latest: last.period, current };

	if (target.kind === 'count') {
		const gap = target.value - current.electronic;
		const met = gap <= 0;
		const projection = project(observed.map((x) => ({ end: x.period.end, value: x.point.electronic })), target.deadline, { clampRate: false });
		const projected = projection === null ? null : Math.round(projection.atDeadline);
		const open = !met && left > 0;
		return {
			...base,
			level: current.electronic,
			target: target.value,
			gap,
			gapDossiers: Math.max(0, gap),
			neededPerMonth: open ? Math.ceil(gap / left) : null,
			neededDossiersPerMonth: open ? Math.ceil(gap / left) : null,
			projected,
			projection,
			status: decideStatus({ hasData: true, met, monthsLeft: left, projected, target: target.value, kind: 'count' })
		};
	}

	const referencePoint = reference.find((p) => p.period === last.point.period) ?? null;
	const goal = targetRate(target, referencePoint);
	if (goal === null) return { ...base, status: 'no_data' };
	const rate = frac(current.electronic, current.total);
	const gapFraction = sub(goal, rate);
	const met = compare(rate, goal) >= 0;
	const open = !met && left > 0;
	const gapDossiers = Math.max(0, ceil(mul(goal, frac(current.total))) - current.electronic);
	const projection = project(observed.map((x) => ({ end: x.period.end, value: x.point.electronic / x.point.total })), target.deadline);
	const projected = projection === null ? null : roundHalfUpScaled(projection.atDeadline * 10000, 0);
	const targetHundredths = toHundredths(goal);
	return {
		...base,
		level: toHundredths(rate),
		target: targetHundredths,
		gap: toHundredths(gapFraction),
		gapDossiers,
		neededPerMonth: open ? toHundredths(div(gapFraction, frac(left))) : null,
		neededDossiersPerMonth: open ? Math.ceil(gapDossiers / left) : null,
		projected,
		projection,
		status: decideStatus({ hasData: true, met, monthsLeft: left, projected, target: targetHundredths, kind: 'rate' })
	};
}
