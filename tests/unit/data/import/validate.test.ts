import { describe, expect, it } from 'vitest';
import { brief, importText } from './helpers';

const H = 'Mã tỉnh;Tỉnh;Kỳ;Lĩnh vực;Hồ sơ GDĐT;Tổng số;Tỷ lệ';

describe('findings of messy inputs (row, column, value, severity, reason)', () => {
	it.each([
		[
			'electronic greater than total',
			`${H}\n01;Hà Nội;2019;benefits_e_dossiers;10;5;`,
			[[2, 'Hồ sơ GDĐT', '10', 'error', 'electronic exceeds total (5)']]
		],
		['negative count', `${H}\n01;Hà Nội;2019;benefits_e_dossiers;-3;5;`, [[2, 'Hồ sơ GDĐT', '-3', 'error', 'negative count']]],
		['non-integer count', `${H}\n01;Hà Nội;2019;benefits_e_dossiers;3,5;5;`, [[2, 'Hồ sơ GDĐT', '3,5', 'error', 'a count must be a whole number']]],
		['missing value', `${H}\n01;Hà Nội;2019;benefits_e_dossiers;3;;`, [[2, 'Tổng số', '', 'error', 'missing value']]],
		['not a number', `${H}\n01;Hà Nội;2019;benefits_e_dossiers;3;năm;`, [[2, 'Tổng số', 'năm', 'error', 'not a number (number style plain)']]],
		[
			'unknown province, with suggestions',
			'Tỉnh;Kỳ;Lĩnh vực;Hồ sơ GDĐT;Tổng số\nHanoii;2019;benefits_e_dossiers;1;2',
			[[2, 'Tỉnh', 'Hanoii', 'error', 'unknown province or unit; did you mean: Hà Nội (01)?']]
		],
		[
			'duplicate province for the same period and indicator',
			`${H}\n01;Hà Nội;2019;benefits_e_dossiers;1;2;\n1;TP Hà Nội;2019;benefits_e_dossiers;1;2;`,
			[[3, 'Mã tỉnh', '1', 'error', 'duplicate unit Hà Nội (01) for the same period and indicator (first at row 2)']]
		],
		[
			'stated rate more than 0,01 point off',
			`${H}\n01;Hà Nội;2019;benefits_e_dossiers;122;54.799;0,24%`,
			[[2, 'Tỷ lệ', '0,24%', 'warning', 'stated rate differs from electronic/total (0.22%) by more than 0.01 point']]
		],
		[
			'code and name that disagree (a shifted row)',
			`${H}\n01;Hải Phòng;2019;benefits_e_dossiers;1;2;`,
			[[2, 'Tỉnh', 'Hải Phòng', 'error', 'the code is Hà Nội (01) but the name is Hải Phòng (31)']]
		],
		['unknown period', `${H}\n01;Hà Nội;hôm qua;benefits_e_dossiers;1;2;`, [[2, 'Kỳ', 'hôm qua', 'error', 'not a period (year, quarter, month or date)']]],
		['unknown indicator', `${H}\n01;Hà Nội;2019;bảo hiểm xe;1;2;`, [[2, 'Lĩnh vực', 'bảo hiểm xe', 'error', 'unknown indicator']]],
		['total row set aside', `${H}\n;Tổng cộng;2019;benefits_e_dossiers;1;2;`, [[2, 'Tỉnh', 'Tổng cộng', 'warning', 'total row: set aside, not imported']]],
		['"Toàn quốc" row set aside', `${H}\n;Toàn quốc;2019;benefits_e_dossiers;1;2;`, [[2, 'Tỉnh', 'Toàn quốc', 'warning', 'total row: set aside, not imported']]],
		['"Cộng" row set aside', `${H}\n;Cộng;2019;benefits_e_dossiers;1;2;`, [[2, 'Tỉnh', 'Cộng', 'warning', 'total row: set aside, not imported']]]
	])('%s', (_name, text, expected) => {
		const { result } = importText(text);
		expect(result.missing).toEqual([]);
		expect(brief(result).filter((f) => f[0] !== null)).toEqual(expected);
	});

	it('checks a total row against the imported rows', () => {
		const { result } = importText(`${H}\n01;Hà Nội;2019;benefits_e_dossiers;1;2;\n02;Hà Giang;2019;benefits_e_dossiers;3;4;\n;Tổng cộng;2019;benefits_e_dossiers;4;7;`);
		expect(brief(result).filter((f) => f[0] !== null)).toEqual([
			[4, 'Tỉnh', 'Tổng cộng', 'warning', 'total row: set aside, not imported'],
			[4, 'Tổng số', '4 / 7', 'warning', 'the total row differs from the sum of the imported rows (4 / 6)']
		]);
	});

	it('warns once per period about the provinces missing from it', () => {
		const { result } = importText(`${H}\n01;Hà Nội;2019;benefits_e_dossiers;1;2;`);
		const missing = result.findings.filter((f) => f.code === 'missingProvinces');
		expect(missing).toHaveLength(1);
		expect(missing[0]).toMatchObject({ row: null, severity: 'warning', params: { period: '2019', indicator: 'benefits_e_dossiers', count: 62 } });
	});

	it('counts every row: imported + set aside + rejected = read', () => {
		const { result } = importText(`${H}\n01;Hà Nội;2019;benefits_e_dossiers;1;2;\n02;Hà Giang;2019;x;1;2;\n;Tổng cộng;2019;benefits_e_dossiers;1;2;\nGhi chú: số liệu tạm tính`);
		expect(result.counts).toEqual({ read: 4, imported: 1, setAside: 2, rejected: 1 });
	});

	it('asks for the period and indicator of a file that has neither, and uses the ones chosen', () => {
		const text = 'Đơn vị\tGiao dịch điện tử\tTổng số\nHà Nội\t1\t2';
		expect(importText(text).result.missing).toEqual(['period', 'indicator']);
		const { result } = importText(text, { period: 'Quý 3/2019', indicator: 'participation_e_dossiers' });
		expect(result.observations).toEqual([
			{ unitCode: '01', period: '2019-Q3', indicator: 'participation_e_dossiers', electronic: 1, total: 2, statedRate: null, sourceName: 'Hà Nội' }
		]);
	});

	it('resolves names with prefixes, without diacritics and in NFD', () => {
		const names = ['BHXH Tp. Hà Nội', 'TP HCM', 'TT-Huế', 'Dac Lac', 'Tỉnh Khánh Hòa'.normalize('NFD'), 'Thành phố Cần Thơ'];
		const { result } = importText(['Tỉnh,Tổng số,GDĐT', ...names.map((n) => `${n},2,1`)].join('\n'), { period: '2019', indicator: 'benefits_e_dossiers' });
		expect(result.observations.map((o) => o.unitCode)).toEqual(['01', '79', '46', '66', '56', '92']);
	});

	it('accepts the 34-unit names for periods from July 2025, and reports old names there', () => {
		const text = 'Đơn vị;Kỳ;GDĐT;Tổng số\nTuyên Quang;2025-07;1;2\nHà Giang;2025-07;1;2\nHà Giang;2025-06;1;2';
		const { result } = importText(text, { indicator: 'benefits_e_dossiers' });
		expect(result.observations.map((o) => `${o.period}:${o.unitCode}`)).toEqual(['2025-07:08', '2025-06:02']);
		expect(brief(result)[0]).toEqual([3, 'Đơn vị', 'Hà Giang', 'error', expect.stringMatching(/^unknown province or unit; did you mean: Tuyên Quang \(08\)/)]);
	});

	it('reads English numbers, stated once per file', () => {
		const { result } = importText('Province,Electronic,Total,Rate\nHa Noi,"1,536","69,942",2.20%', { period: '2019', indicator: 'benefits_e_dossiers' });
		expect(result.numberStyle).toBe('en');
		expect(result.observations[0]).toMatchObject({ electronic: 1536, total: 69942, statedRate: 2.2 });
		expect(result.findings.filter((f) => f.row !== null)).toEqual([]);
	});

	it('understands a rate column written as fractions (0.0022)', () => {
		const { result } = importText('Tỉnh;GDĐT;Tổng số;Tỷ lệ\nTiền Giang;122;54799;0.0022\nLào Cai;78;18257;0.0043', { period: '2019', indicator: 'benefits_e_dossiers' });
		expect(result.rateAsFraction).toBe(true);
		expect(result.observations.map((o) => o.statedRate)).toEqual([0.22, 0.43]);
		expect(result.findings.filter((f) => f.row !== null)).toEqual([]);
	});

	it('sets aside a repeated header row (a table printed over two pages)', () => {
		const { result } = importText('Tỉnh;GDĐT;Tổng số\nHà Nội;1;2\nTỉnh;GDĐT;Tổng số\nHà Giang;1;2', { period: '2019', indicator: 'benefits_e_dossiers' });
		expect(result.counts).toEqual({ read: 3, imported: 2, setAside: 1, rejected: 0 });
		expect(result.findings[0]).toMatchObject({ row: 3, code: 'repeatedHeader' });
	});
});
