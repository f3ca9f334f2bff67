import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { periodTotals } from '../../../../src/lib/data/rawlog/contents';
import { summariseRawLog, type RawGroup } from '../../../../src/lib/data/rawlog/summarise';
import { createResolver } from '../../../../src/lib/geo/resolve';

const info = { id: 'log', titleVi: 't', titleEn: 't', source: 's', nature: 'real', unitSet: 63 } as const;
const resolver = createResolver(embedded.reference.provinces);
const g = (month: string | null, province: string, field: string | null, channel: string, dossiers: number, badDate: string | null = null): RawGroup => ({
	month,
	province,
	field,
	channel,
	dossiers,
	badDate
});
const options = { info, granularity: 'quarter' as const, defaultIndicator: 'benefits_e_dossiers', resolver };

describe('summariseRawLog', () => {
	it('sums spellings of one province, channels and months into one observation per period', () => {
		const s = summariseRawLog(
			[
				g('2024-01', 'Hà Nội', 'Tham gia', 'Điện tử', 5),
				g('2024-02', 'BHXH TP Hà Nội', 'tham gia', 'giấy', 3),
				g('2024-03', '01', 'Thu', 'GDĐT', 2),
				g('2024-04', 'Ha Noi', 'Tham gia', 'online', 7),
				g('2024-01', 'Dac Lac', 'Giải quyết chế độ', 'Trực tiếp', 4)
			],
			{ rows: 0, examples: [] },
			options
		);
		expect(s.dataset.observations).toEqual([
			{ unitCode: '66', period: '2024-Q1', indicator: 'benefits_e_dossiers', electronic: 0, total: 4, statedRate: null, sourceName: null },
			{ unitCode: '01', period: '2024-Q1', indicator: 'participation_e_dossiers', electronic: 7, total: 10, statedRate: null, sourceName: null },
			{ unitCode: '01', period: '2024-Q2', indicator: 'participation_e_dossiers', electronic: 7, total: 7, statedRate: null, sourceName: null }
		]);
		expect(s).toMatchObject({ rowsRead: 21, imported: 21, rejectedRows: 0, rejections: [] });
	});

	it('rejects each bad row once, with its reason and example, and the counts add up', () => {
		const s = summariseRawLog(
			[
				g('2024-01', 'Hà Nội', 'Tham gia', 'Điện tử', 10),
				g(null, 'Không Tồn Tại', 'khác', 'fax', 2, '31/02/2024'),
				g('2024-01', 'Ha Nol', 'Tham gia', 'Điện tử', 3),
				g('2024-01', '', 'Tham gia', 'Điện tử', 1),
				g('2024-01', 'Hà Nội', 'khác', 'fax', 4),
				g('2024-01', 'Hà Nội', 'Tham gia', 'fax', 5),
				g('2024-01', 'Hà Nội', 'Tham gia', '', 6)
			],
			{ rows: 1, examples: [{ line: 9, kind: 'TOO MANY COLUMNS', text: 'a,b,c,d,e,f' }] },
			options
		);
		expect(s.rejections).toEqual([
			{ reason: 'missing-channel', rows: 6, examples: [''] },
			{ reason: 'unknown-channel', rows: 5, examples: ['fax'] },
			{ reason: 'unknown-field', rows: 4, examples: ['khác'] },
			{ reason: 'unknown-province', rows: 3, examples: ['Ha Nol → 01, 35?'] },
			{ reason: 'bad-date', rows: 2, examples: ['31/02/2024'] },
			{ reason: 'malformed-line', rows: 1, examples: ['#9 (TOO MANY COLUMNS): a,b,c,d,e,f'] },
			{ reason: 'missing-province', rows: 1, examples: [''] }
		]);
		expect(s.rowsRead).toBe(32);
		expect(s.imported).toBe(10);
		expect(s.imported + s.rejectedRows).toBe(s.rowsRead);
	});

	it('gives the same examples whatever order the groups come in (native DuckDB returns them in any)', () => {
		const groups = [
			...['Atlantis', 'Mordor', 'Lilliput', 'Oz', 'Narnia', 'Utopia', 'Laputa'].map((p, i) => g('2024-03', p, 'Thu', 'giấy', i + 1)),
			...['không rõ', '31/02/2024', '', '2024-13-01', 'hôm qua', '1924-01-05'].map((d, i) => g(null, 'Hà Nội', 'Thu', 'giấy', 1, d)),
			g('2024-03', 'Hà Nội', 'Thu', 'fax', 2)
		];
		const byOrder = [groups, [...groups].reverse(), [...groups.slice(5), ...groups.slice(0, 5)]].map((list) => summariseRawLog(list, { rows: 0, examples: [] }, options).rejections);
		expect(byOrder[1]).toEqual(byOrder[0]);
		expect(byOrder[2]).toEqual(byOrder[0]);
		// Five of seven unknown provinces: which five is fixed (the first in code-unit order), not the first met.
		expect(byOrder[0].find((r) => r.reason === 'unknown-province')?.examples).toEqual(['Atlantis', 'Laputa', 'Lilliput', 'Mordor', 'Narnia']);
	});

	it('without a field column every row counts for the default indicator', () => {
		const s = summariseRawLog([g('2024-05', 'Cà Mau', null, 'điện tử', 2)], { rows: 0, examples: [] }, { ...options, granularity: 'year' });
		expect(s.dataset.observations).toEqual([
			{ unitCode: '96', period: '2024', indicator: 'benefits_e_dossiers', electronic: 2, total: 2, statedRate: null, sourceName: null }
		]);
	});
});

describe('periodTotals', () => {
	it('sums units, electronic and total per period and indicator, in period order', () => {
		const o = (unitCode: string, period: string, indicator: string, electronic: number, total: number) => ({ unitCode, period, indicator, electronic, total, statedRate: null, sourceName: null });
		expect(periodTotals([o('01', '2024-Q2', 'b', 1, 2), o('02', '2024-Q1', 'b', 3, 4), o('01', '2024-Q1', 'b', 5, 6), o('01', '2024-Q1', 'a', 0, 1)])).toEqual([
			{ period: '2024-Q1', indicator: 'a', units: 1, electronic: 0, total: 1 },
			{ period: '2024-Q1', indicator: 'b', units: 2, electronic: 8, total: 10 },
			{ period: '2024-Q2', indicator: 'b', units: 1, electronic: 1, total: 2 }
		]);
	});
});
