import { describe, expect, it } from 'vitest';
import {
	formatCount,
	formatIsoDate,
	formatLetterDate,
	formatPercent,
	formatPercentHundredths,
	formatPoints
} from '../../../src/lib/i18n/format';
import { roundHalfUpScaled } from '../../../src/lib/base/round';

describe('Vietnamese and English number formats', () => {
	it.each([
		[0, '0', '0'],
		[999, '999', '999'],
		[168121, '168.121', '168,121'],
		[1545438, '1.545.438', '1,545,438'],
		[-4177524, '-4.177.524', '-4,177,524'],
		[12345678901234n, '12.345.678.901.234', '12,345,678,901,234']
	])('count %s → %s / %s', (n, vi, en) => {
		expect(formatCount(n, 'vi')).toBe(vi);
		expect(formatCount(n, 'en')).toBe(en);
	});

	it.each([
		[0, '0,00%', '0.00%'],
		[22, '0,22%', '0.22%'],
		[3699, '36,99%', '36.99%'],
		[10000, '100,00%', '100.00%'],
		[123456, '1.234,56%', '1,234.56%']
	])('percent from hundredths %i → %s / %s', (h, vi, en) => {
		expect(formatPercentHundredths(h, 'vi')).toBe(vi);
		expect(formatPercentHundredths(h, 'en')).toBe(en);
	});

	it.each([
		[1.005, 2, 101],
		[2.675, 2, 268],
		[0.125, 2, 13],
		[36.994, 2, 3699],
		[36.995, 2, 3700],
		[-1.005, 2, -101],
		[0.0049, 2, 0],
		[0.005, 2, 1],
		[80, 0, 80],
		[99.5, 0, 100],
		[1e-7, 2, 0]
	])('half-up rounding of %d to %i decimals → %i', (value, decimals, scaled) => {
		expect(roundHalfUpScaled(value, decimals)).toBe(scaled);
	});

	it('formats plain percentages and signed points', () => {
		expect(formatPercent(36.99436, 'vi')).toBe('36,99%');
		expect(formatPercent(80, 'vi', 0)).toBe('80%');
		expect(formatPoints(3.2, 'vi')).toBe('+3,20');
		expect(formatPoints(-0.054, 'vi')).toBe('−0,05');
		expect(formatPoints(0.001, 'en')).toBe('0.00');
	});
});

describe('dates', () => {
	it.each([
		['2021-07-05', '05/07/2021', 'ngày 05 tháng 07 năm 2021'],
		['2019-08-20', '20/08/2019', 'ngày 20 tháng 08 năm 2019'],
		['2019-12-31', '31/12/2019', 'ngày 31 tháng 12 năm 2019']
	])('%s → %s, %s', (iso, short, letter) => {
		expect(formatIsoDate(iso)).toBe(short);
		expect(formatLetterDate(iso)).toBe(letter);
	});
	it('refuses what is not an ISO date', () => {
		expect(() => formatIsoDate('20/08/2019')).toThrow(/not an ISO date/);
	});
});
