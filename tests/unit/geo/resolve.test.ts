import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { createResolver, nameKey } from '../../../src/lib/geo/resolve';

const provinces = createResolver(embedded.reference.provinces);
const units34 = createResolver(embedded.reference.units34);

describe('province name resolution (63 provinces)', () => {
	it.each([
		['BHXH Tp. Hà Nội', '01'],
		['Hà Nội', '01'],
		['1', '01'],
		['01', '01'],
		['TP HCM', '79'],
		['TPHCM', '79'],
		['Tp. HCM', '79'],
		['TP. Hồ Chí Minh', '79'],
		['Hồ Chí Minh city', '79'],
		['BHXH Tp. Hồ Chí Minh', '79'],
		['BHXH Tỉnh TT-Huế', '46'],
		['Thừa Thiên - Huế', '46'],
		['Thành phố Huế', '46'],
		['Dac Lac', '66'],
		['Đắk Lắk', '66'],
		['dak lak', '66'],
		['Đăk Nông', '67'],
		['Hoà Bình', '17'],
		['Hòa Bình', '17'],
		['Bà Rịa–Vũng Tàu', '77'],
		['BaRia-VungTau', '77'],
		['BHXH Tỉnh Bà Rịa - Vũng Tàu', '77'],
		['Bac Can', '06'],
		['  bhxh   TỈNH   khánh hòa ', '56'],
		['Kha\u0301nh Ho\u0300a', '56'], // decomposed (NFD) input
		['BHXH TP Hải Phòng', '31'],
		['Thanh Hoá', '38']
	])('%s → %s', (input, code) => {
		expect(provinces.resolve(input)).toEqual({ ok: true, code });
	});

	it.each([
		['Khanh Hao', '56'],
		['Quang Ngai x', '51'],
		['Ha Noii', '01']
	])('suggests for a misspelt name: %s → %s first', (input, first) => {
		const result = provinces.resolve(input);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.suggestions[0]).toBe(first);
	});

	it('refuses unknown codes and names', () => {
		expect(provinces.resolve('99')).toEqual({ ok: false, reason: 'unknown', suggestions: [] });
		expect(provinces.resolve('Tokyo').ok).toBe(false);
	});
});

describe('the 34 units from 1 July 2025', () => {
	it.each([
		['Thành phố Huế', '46'],
		['TP Hồ Chí Minh', '79'],
		['Khánh Hòa', '56'],
		['Gia Lai', '52']
	])('%s → %s', (input, code) => {
		expect(units34.resolve(input)).toEqual({ ok: true, code });
	});
	it('no longer knows merged provinces by their own names', () => {
		expect(units34.resolve('Ninh Thuận').ok).toBe(false);
	});
});

describe('nameKey', () => {
	it.each([
		['BHXH Tỉnh TT-Huế', 'tthue'],
		['Bà Rịa–Vũng Tàu', 'bariavungtau'],
		['Thành phố Hồ Chí Minh', 'hochiminh'],
		['Tỉnh', 'tinh'], // a prefix alone is kept, not emptied
		['Đồng Tháp', 'dongthap']
	])('%s → %s', (input, key) => {
		expect(nameKey(input)).toBe(key);
	});
});
