import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { summariseRawLog, type RawGroup } from '../../../../src/lib/data/rawlog/summarise';
import { canonicalProvince, unitOfRow, units34Of } from '../../../../src/lib/data/rawlog/units';
import { createResolver } from '../../../../src/lib/geo/resolve';

const { reference } = embedded;
const r63 = createResolver(reference.provinces);
const u34 = units34Of(reference);

describe('unitOfRow: the units a row names follow its date, the units it counts for follow its period', () => {
	it.each([
		// text, month, period, expected
		['Hà Nội', '2025-06', '2025-06', { ok: true, code: '01' }],
		['Hà Nội', '2025-07', '2025-07', { ok: true, code: '01' }],
		['Hà Giang', '2025-06', '2025-06', { ok: true, code: '02' }],
		['Hà Giang', '2025-06', '2025-Q2', { ok: true, code: '02' }],
		// A 63-province dossier in the year 2025 counts for the unit it merged into.
		['Hà Giang', '2025-06', '2025', { ok: true, code: '08' }],
		['Bình Dương', '2025-03', '2025', { ok: true, code: '79' }],
		['74', '2025-03', '2025', { ok: true, code: '79' }],
		['Tuyên Quang', '2025-07', '2025-Q3', { ok: true, code: '08' }],
		['Thành phố Huế', '2025-08', '2025-08', { ok: true, code: '46' }],
		['TP HCM', '2025-12', '2025', { ok: true, code: '79' }],
		['08', '2025-09', '2025-09', { ok: true, code: '08' }],
		// After 1 July 2025 an old province is refused, with the unit it merged into as first suggestion.
		['Hà Giang', '2025-07', '2025-07', { ok: false, reason: 'unknown', unitSet: 34, first: '08' }],
		['Bình Dương', '2025-07', '2025', { ok: false, reason: 'unknown', unitSet: 34, first: '79' }],
		['02', '2025-07', '2025-07', { ok: false, reason: 'unknown', unitSet: 34, first: '08' }],
		['Atlantis', '2025-07', '2025-07', { ok: false, reason: 'unknown', unitSet: 34, first: undefined }],
		['Atlantis', '2025-06', '2025-06', { ok: false, reason: 'unknown', unitSet: 63, first: undefined }]
	] as const)('%s in %s, period %s', (text, month, period, expected) => {
		const got = unitOfRow(text, month, period, r63, u34);
		if (expected.ok) expect(got).toEqual(expected);
		else {
			expect(got).toMatchObject({ ok: false, reason: expected.reason, unitSet: expected.unitSet });
			if (!got.ok && expected.first) expect(got.suggestions[0]).toBe(expected.first);
		}
	});

	it('without the 34 units, every month names the 63 provinces (as before)', () => {
		expect(unitOfRow('Hà Giang', '2025-09', '2025-09', r63)).toEqual({ ok: true, code: '02' });
	});
});

describe('canonicalProvince: only texts that mean the same unit on both sides of the merger are folded', () => {
	it.each([
		['Hà Nội', '01', '01'],
		['Ha Noi', '01', '01'],
		['TP HCM', '79', '79'],
		['Khánh Hoà', '56', '56'],
		['Hà Giang', '02', null],
		['Bình Dương', '74', null],
		['02', '02', null],
		['Thừa Thiên Huế', '46', '46'],
		['Huế', '46', '46'],
		['Atlantis', null, null]
	] as const)('%s → %s (63 only), %s (with the 34 units)', (text, only63, both) => {
		expect(canonicalProvince(text, r63)).toBe(only63);
		expect(canonicalProvince(text, r63, u34)).toBe(both);
	});
});

describe('summariseRawLog across 1 July 2025', () => {
	const info = { id: 'log', titleVi: 't', titleEn: 't', source: 's', nature: 'real', unitSet: 63 } as const;
	const g = (month: string, province: string, channel: string, dossiers: number): RawGroup => ({ month, province, field: null, channel, dossiers, badDate: null });
	const groups = [
		g('2025-06', 'Hà Giang', 'điện tử', 3),
		g('2025-06', 'Tuyên Quang', 'giấy', 1),
		g('2025-07', 'Tuyên Quang', 'điện tử', 5),
		g('2025-07', 'Hà Giang', 'điện tử', 2),
		g('2025-08', 'Huế', 'giấy', 4)
	];
	const options = { info, defaultIndicator: 'benefits_e_dossiers', resolver: r63, units34: u34, nameOf: (c: string) => c };
	const obs = (unitCode: string, period: string, electronic: number, total: number) => ({ unitCode, period, indicator: 'benefits_e_dossiers', electronic, total, statedRate: null, sourceName: null });

	it('by month: June by the 63 provinces, July on by the 34 units; an old name after the merger is rejected with a suggestion', () => {
		const s = summariseRawLog(groups, { rows: 0, examples: [] }, { ...options, granularity: 'month' });
		expect(s.dataset.observations).toEqual([obs('02', '2025-06', 3, 3), obs('08', '2025-06', 0, 1), obs('08', '2025-07', 5, 5), obs('46', '2025-08', 0, 4)]);
		expect(s.rejections).toEqual([{ reason: 'unknown-province', rows: 2, examples: ['Hà Giang → Tuyên Quang (08), An Giang (91)?'] }]);
		expect(s).toMatchObject({ rowsRead: 15, imported: 13, rejectedRows: 2 });
		expect(s.dataset.info.unitSet).toBe(63);
	});

	it('by year: 2025 is a period of the 34 units, so June\'s provinces are summed onto them', () => {
		const s = summariseRawLog(groups, { rows: 0, examples: [] }, { ...options, granularity: 'year' });
		expect(s.dataset.observations).toEqual([obs('08', '2025', 8, 9), obs('46', '2025', 0, 4)]);
		expect(s.rejectedRows).toBe(2);
		expect(s.dataset.info.unitSet).toBe(34);
	});
});
