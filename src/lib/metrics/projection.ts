import { monthPosition } from './months';

/** How many of the latest periods the trend is fitted on. */
export const PROJECTION_WINDOW = 6;

export interface TrendPoint {
	/** ISO end date of the period. */
	end: string;
	/** The value: a rate as a fraction, or a count. */
	value: number;
}

export interface Projection {
	/** The fitted value at the deadline (rates clamped to [0, 1]). */
	atDeadline: number;
	/** Change per month of the fitted line. */
	slopePerMonth: number;
	/** The periods the line was fitted on (ISO end dates), oldest first. */
	window: string[];
}

/**
 * The recent trend carried forward: an ordinary least-squares line through the last
 * PROJECTION_WINDOW points (value against the month position of the period's last day),
 * evaluated at the deadline. Needs two points at different dates; otherwise null.
 *   slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²,  projection = ȳ + slope × (x_deadline − x̄)
 */
export function project(points: readonly TrendPoint[], deadline: string, { clampRate = true, window = PROJECTION_WINDOW } = {}): Projection | null {
	const recent = [...points].sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0)).slice(-window);
	if (recent.length < 2) return null;
	const xs = recent.map((p) => monthPosition(p.end));
	const ys = recent.map((p) => p.value);
	const xMean = xs.reduce((s, x) => s + x, 0) / xs.length;
	const yMean = ys.reduce((s, y) => s + y, 0) / ys.length;
	let sxy = 0;
	let sxx = 0;
	xs.forEach((x, i) => {
		sxy += (x - xMean) * (ys[i] - yMean);
		sxx += (x - xMean) ** 2;
	});
	if (sxx === 0) return null;
	const slope = sxy / sxx;
	const raw = yMean + slope * (monthPosition(deadline) - xMean);
	const atDeadline = clampRate ? Math.min(1, Math.max(0, raw)) : Math.max(0, raw);
	return { atDeadline, slopePerMonth: slope, window: recent.map((p) => p.end) };
}
