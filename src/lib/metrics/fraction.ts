/**
 * An exact non-negative-denominator fraction in bigints, so that targets, gaps and needed gains are
 * decided and rounded exactly, the way the appendix rounds rates (see rate.ts).
 */
export interface Fraction {
	num: bigint;
	den: bigint;
}

export const frac = (num: number | bigint, den: number | bigint = 1): Fraction => {
	const n = BigInt(num);
	const d = BigInt(den);
	if (d === 0n) throw new RangeError('a fraction needs a non-zero denominator');
	return d < 0n ? { num: -n, den: -d } : { num: n, den: d };
};

export const mul = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.num, den: a.den * b.den });
export const sub = (a: Fraction, b: Fraction): Fraction => ({ num: a.num * b.den - b.num * a.den, den: a.den * b.den });
export const div = (a: Fraction, b: Fraction): Fraction => frac(a.num * b.den, a.den * b.num);

export function compare(a: Fraction, b: Fraction): number {
	const l = a.num * b.den;
	const r = b.num * a.den;
	return l < r ? -1 : l > r ? 1 : 0;
}

/** Rounds half away from zero to an integer: 0,5 → 1; −0,5 → −1 (the same rule for gaps above and below target). */
export function roundHalfUp(x: Fraction): number {
	const negative = x.num < 0n;
	const n = negative ? -x.num : x.num;
	const r = (2n * n + x.den) / (2n * x.den);
	return Number(negative ? -r : r);
}

/** The smallest integer ≥ x. */
export function ceil(x: Fraction): number {
	const q = x.num / x.den; // truncates toward zero
	return Number(x.num > 0n && q * x.den !== x.num ? q + 1n : q);
}

/** x in hundredths of a percent (a rate 0,3699 → 3699), rounded half-up. */
export const toHundredths = (x: Fraction): number => roundHalfUp(mul(x, frac(10000)));

export const toNumber = (x: Fraction): number => Number(x.num) / Number(x.den);
