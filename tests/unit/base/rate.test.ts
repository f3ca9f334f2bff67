import { describe, expect, it } from 'vitest';
import { compareRates, medianRate, rate, rateHundredths, sumCounts } from '../../../src/lib/base/rate';

describe('rateHundredths rounds half-up exactly', () => {
	it.each([
		// electronic, total, hundredths of a percent
		[0, 168121, 0],
		[122, 54799, 22], // Tiền Giang 0,22%
		[2138, 91489, 234], // Khánh Hòa 2,34%
		[84196, 84690, 9942],
		[1, 8, 1250], // 12,5% exactly
		[1, 80000, 0], // 0,00125% = 0,125 hundredths → 0
		[1, 20000, 1], // 0,005% = 0,5 hundredths → rounds up to 1
		[1, 40000, 0], // 0,0025% = 0,25 hundredths → 0
		[1, 3, 3333],
		[2, 3, 6667],
		[5, 5, 10000],
		[9_007_199_254, 9_007_199_255, 10000]
	])('%i / %i → %i', (electronic, total, expected) => {
		expect(rateHundredths({ electronic, total })).toBe(expected);
	});

	it('has no rate without dossiers', () => {
		expect(rateHundredths({ electronic: 0, total: 0 })).toBeNull();
		expect(rate({ electronic: 0, total: 0 })).toBeNull();
	});
});

describe('compareRates compares fractions exactly', () => {
	it.each([
		[{ electronic: 1, total: 2 }, { electronic: 2, total: 4 }, 0],
		[{ electronic: 1, total: 3 }, { electronic: 333333, total: 1000000 }, 1],
		[{ electronic: 0, total: 5 }, { electronic: 0, total: 9 }, 0],
		[{ electronic: 5, total: 5 }, { electronic: 0, total: 0 }, -1],
		[{ electronic: 0, total: 0 }, { electronic: 0, total: 0 }, 0]
	])('%o vs %o → %i', (a, b, expected) => {
		expect(compareRates(a, b)).toBe(expected);
	});
});

describe('national and median rates', () => {
	const rows = [
		{ electronic: 1, total: 4 },
		{ electronic: 3, total: 4 },
		{ electronic: 90, total: 100 },
		{ electronic: 0, total: 0 }
	];
	it('weights by dossiers (sum over sum)', () => {
		expect(sumCounts(rows)).toEqual({ electronic: 94, total: 108 });
	});
	it('takes the median of the units that have a rate, unweighted', () => {
		expect(medianRate(rows)).toBe(0.75);
		expect(medianRate(rows.slice(0, 2))).toBe(0.5);
		expect(medianRate([{ electronic: 0, total: 0 }])).toBeNull();
	});
});
