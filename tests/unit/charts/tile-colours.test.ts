import { describe, expect, it } from 'vitest';
import { inkOn, rateColour } from '../../../src/lib/charts/tile-colours';
import { tileLines } from '../../../src/lib/geo/short-names';

describe('tile colours', () => {
	it('darkens as the rate rises', () => {
		const l = (c: string) => Number(/\d+/.exec(c.replace('rgb(', ''))?.[0]);
		expect(l(rateColour(0))).toBeGreaterThan(l(rateColour(1)));
	});
	it('writes white on dark tiles and dark on light ones', () => {
		expect(inkOn(rateColour(1))).toBe('#ffffff');
		expect(inkOn(rateColour(0))).toBe('#1d1d1f');
		expect(inkOn('#1b7f5a')).toBe('#ffffff');
	});
});

describe('tile names', () => {
	it.each([
		['Khánh Hòa', ['Khánh', 'Hòa']],
		['Huế', ['Huế']],
		['Hồ Chí Minh', ['TP HCM']],
		['Bà Rịa - Vũng Tàu', ['BR-VT']],
		['Thừa Thiên Huế', ['Huế']]
	])('%s → %j', (name, lines) => {
		expect(tileLines({ name })).toEqual(lines);
	});
});
