import { describe, expect, it } from 'vitest';
import { detectNumberStyle, parseNumber } from '../../../src/lib/base/numbers';
import { periodFromText } from '../../../src/lib/data/import/period-text';

describe('number style of a file', () => {
	it.each([
		[['168.121', '0,22%', '122'], 'vi'],
		[['168,121', '0.22%', '122'], 'en'],
		[['1.545.438', '36,99'], 'vi'],
		[['122', '78', '545'], 'plain'],
		[['1.536', '2,20%'], 'vi'],
		[['1,536', '2.20%'], 'en']
	])('%j → %s', (cells, style) => expect(detectNumberStyle(cells)).toBe(style));
});

describe('parseNumber', () => {
	it.each([
		['168.121', 'vi', 168121],
		['1.545.438', 'vi', 1545438],
		['0,22%', 'vi', 0.22],
		['36,99', 'vi', 36.99],
		['168,121', 'en', 168121],
		['0.22%', 'en', 0.22],
		['168 121', 'vi', 168121],
		['-5', 'vi', -5],
		['(5)', 'vi', -5],
		['12,5', 'vi', 12.5],
		['0.0022', 'plain', 0.0022],
		['168,121', 'vi', 168.121]
	] as const)('%s (%s) = %d', (raw, style, value) => expect(parseNumber(raw, style)).toEqual({ ok: true, value }));

	it.each([
		['', 'missing'],
		['-', 'missing'],
		['abc', 'notANumber'],
		['1.2.3,4,5', 'notANumber'],
		['1,2,3', 'notANumber']
	] as const)('%j is %s in Vietnamese style', (raw, problem) => expect(parseNumber(raw, 'vi')).toEqual({ ok: false, problem }));
});

describe('periodFromText', () => {
	it.each([
		['2019', '2019'],
		['Năm 2019', '2019'],
		['Q3/2019', '2019-Q3'],
		['Quý III/2019', '2019-Q3'],
		['2019-Q3', '2019-Q3'],
		['08/2019', '2019-08'],
		['Tháng 8/2019', '2019-08'],
		['2019-08', '2019-08'],
		['20/08/2019', '2019-08-20'],
		['20/8/2019', '2019-08-20'],
		['2019-08-20', '2019-08-20'],
		['31/02/2019', null],
		['13/2019', null],
		['hôm qua', null]
	])('%s → %s', (text, id) => expect(periodFromText(text)).toBe(id));
});
