/**
 * Rounds a real number half-up (away from zero for the half) to `decimals` places and returns the
 * scaled integer. Uses the shortest decimal representation of the double, so 1.005 rounds to 1.01
 * as a person would expect, not to 1.00 as binary floating point would give.
 */
export function roundHalfUpScaled(value: number, decimals: number): number {
	if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
	const [mantissa, exp = '0'] = Math.abs(value).toExponential().split('e');
	const digits = mantissa.replace('.', '');
	const pointAt = 1 + Number(exp) + decimals; // digits before the rounding point
	let scaled: bigint;
	if (pointAt <= 0) scaled = pointAt === 0 && Number(digits[0]) >= 5 ? 1n : 0n;
	else {
		const padded = digits.padEnd(pointAt + 1, '0');
		scaled = BigInt(padded.slice(0, pointAt)) + (Number(padded[pointAt]) >= 5 ? 1n : 0n);
	}
	const result = Number(scaled);
	return value < 0 && result !== 0 ? -result : result;
}
