import { describe, expect, it } from 'vitest';
import { neutraliseCell } from '../../../src/lib/export/cell-safety';

describe('neutraliseCell: text a spreadsheet could run as a formula is kept as text', () => {
	it.each([
		['=1+1', "'=1+1"],
		['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
		['+SUM(A1:A9)', "'+SUM(A1:A9)"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['\r=1', "'\r=1"],
		['BHXH Tỉnh Khánh Hòa', 'BHXH Tỉnh Khánh Hòa'],
		['Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'],
		['a=b', 'a=b'],
		['', ''],
		['—', '—'],
		[" =1", ' =1']
	])('%j → %j', (input, expected) => {
		expect(neutraliseCell(input)).toBe(expected);
	});
});
