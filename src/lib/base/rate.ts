/** A count pair: the numerator (electronic dossiers, registered employers…) over the denominator. */
export interface Counts {
	electronic: number;
	total: number;
}

/** The rate as a fraction in [0, 1], or null when the denominator is zero (no rate exists). */
export function rate({ electronic, total }: Counts): number | null {
	return total > 0 ? electronic / total : null;
}

/**
 * The rate in hundredths of a percent, rounded half-up exactly (integer arithmetic, no floating
 * point): 122/54.799 → 22 (0,22%). This is the figure the appendix prints.
 */
export function rateHundredths({ electronic, total }: Counts): number | null {
	if (total <= 0) return null;
	const e = BigInt(electronic);
	const t = BigInt(total);
	// round(e * 10000 / t) half-up = floor((2 * e * 10000 + t) / (2 * t)) for e, t >= 0
	return Number((2n * e * 10000n + t) / (2n * t));
}

/**
 * Exact comparison of two rates by cross-multiplication (a.e * b.t vs b.e * a.t), so that equal
 * fractions such as 1/2 and 2/4 compare as equal. A missing rate (total 0) sorts after every rate.
 */
export function compareRates(a: Counts, b: Counts): number {
	const aMissing = a.total <= 0;
	const bMissing = b.total <= 0;
	if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
	const left = BigInt(a.electronic) * BigInt(b.total);
	const right = BigInt(b.electronic) * BigInt(a.total);
	return left < right ? -1 : left > right ? 1 : 0;
}

/** Sum over sum: the weighted rate of a group (a nation, a region, a merged unit). */
export function sumCounts(rows: readonly Counts[]): Counts {
	let electronic = 0;
	let total = 0;
	for (const r of rows) {
		electronic += r.electronic;
		total += r.total;
	}
	return { electronic, total };
}

/** Median of the rates that exist (unweighted: each unit counts once), or null when none does. */
export function medianRate(rows: readonly Counts[]): number | null {
	const rates = rows
		.map(rate)
		.filter((r): r is number => r !== null)
		.sort((a, b) => a - b);
	if (rates.length === 0) return null;
	const mid = rates.length >> 1;
	return rates.length % 2 === 1 ? rates[mid] : (rates[mid - 1] + rates[mid]) / 2;
}
