import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { hostRegion } from '../../../src/lib/geo/crosswalk';
import { unitProfile } from '../../../src/lib/metrics/unit-profile';

const { reference, appendix } = embedded;
const regionOf63 = (code: string) => reference.provinces.find((p) => p.code === code)?.region ?? null;
const counts2019 = appendix.observations.map((o) => ({ code: o.unitCode, electronic: o.electronic, total: o.total }));
const series = [{ period: '2019-08-20', counts: counts2019 }];

describe('a province profile on the 2019 appendix', () => {
	const kh = unitProfile(series, reference.provinces, '56', 8000, regionOf63)!;

	it('puts Khánh Hòa 12th of 63 in the appendix order (lowest first) and 52nd of 63 best first', () => {
		expect(kh.row).toMatchObject({ position: 12, rank: 12, electronic: 2138, total: 91489, rateHundredths: 234 });
		expect(kh.nation.place).toMatchObject({ of: 63, positionLowestFirst: 12, rankLowestFirst: 12, rankBestFirst: 52, below: 11, above: 51, tied: 0 });
		expect(kh.nation.place!.percentile).toBeCloseTo((11 / 62) * 100, 10);
	});

	it('ranks it within its region, Bắc Trung Bộ và duyên hải miền Trung (14 provinces)', () => {
		const region = kh.region!;
		expect(region.code).toBe('BTBDHMT');
		expect(region.peers).toHaveLength(14);
		const lower = region.peers.filter((p) => p.electronic * 91489 < 2138 * p.total).length;
		expect(region.place).toMatchObject({ of: 14, rankLowestFirst: lower + 1, rankBestFirst: 14 - lower });
		// Peers keep the national appendix order.
		expect(region.peers.map((p) => p.position)).toEqual([...region.peers.map((p) => p.position)].sort((a, b) => a - b));
	});

	it('measures the gap to the national rate (36,99%) and to the 80% target in points and dossiers', () => {
		expect(kh.nation.rate).toBeCloseTo(1545438 / 4177524, 12);
		expect(kh.nation.gap!.points).toBeCloseTo((2138 / 91489 - 1545438 / 4177524) * 100, 10);
		expect(kh.nation.gap!.dossiersShort).toBe(Math.ceil((1545438 * 91489) / 4177524) - 2138);
		expect(kh.target).toMatchObject({ reached: false, dossiersShort: 73192 - 2138 });
	});

	it('has no rank change and a one-point history with a single period', () => {
		expect(kh.change).toBeNull();
		expect(kh.history).toHaveLength(1);
	});

	it('is null for a series without periods, and has no place for an unknown code', () => {
		expect(unitProfile([], reference.provinces, '56', 8000, regionOf63)).toBeNull();
		expect(unitProfile(series, reference.provinces, '99', 8000, regionOf63)).toMatchObject({ row: null, target: null });
	});
});

describe('a merged unit profile on 34 units', () => {
	const counts34 = reference.units34.map((u) => {
		const parts = counts2019.filter((c) => u.oldCodes.includes(c.code));
		return { code: u.code, electronic: parts.reduce((s, p) => s + p.electronic, 0), total: parts.reduce((s, p) => s + p.total, 0) };
	});
	const regionOf34 = (code: string) => hostRegion(reference, code);
	const kh = unitProfile([{ period: '2019-08-20', counts: counts34 }], reference.units34, '56', 8000, regionOf34)!;

	it('sums Khánh Hòa and Ninh Thuận and ranks it among 34', () => {
		expect(kh.row).toMatchObject({ electronic: 2138 + 7397, total: 91489 + 15234 });
		expect(kh.nation.place!.of).toBe(34);
		expect(kh.nation.place!.rankBestFirst + kh.nation.place!.rankLowestFirst).toBe(35);
	});

	it('uses the host province region as an unofficial grouping', () => {
		expect(kh.region!.code).toBe('BTBDHMT');
		expect(kh.region!.peers.map((p) => p.code).sort()).toEqual(['38', '40', '42', '44', '46', '48', '51', '52', '56']);
	});
});

describe('rank change over several periods', () => {
	it('reports places gained best first and the rate change', () => {
		const a = [
			{ code: '56', electronic: 1, total: 10 },
			{ code: '58', electronic: 5, total: 10 },
			{ code: '01', electronic: 3, total: 10 }
		];
		const b = [
			{ code: '56', electronic: 9, total: 10 },
			{ code: '58', electronic: 5, total: 10 },
			{ code: '01', electronic: 3, total: 10 }
		];
		const p = unitProfile([{ period: '2019', counts: a }, { period: '2020', counts: b }], reference.provinces, '56', 8000, regionOf63)!;
		expect(p.change).toMatchObject({ from: '2019', to: '2020', placesGained: 2 });
		expect(p.change!.points).toBeCloseTo(80, 10);
		expect(p.history.map((h) => h.place?.rankBestFirst)).toEqual([3, 1]);
	});
});
