import { describe, expect, it } from 'vitest';
import type { Target } from '../../../src/lib/data/targets';
import type { Province } from '../../../src/lib/geo/types';
import { progressForTarget, unitsInScope } from '../../../src/lib/metrics/target-progress';
import { targetOf } from '../fixtures/target';

const prov = (code: string, region: string): Province => ({ code, kind: 'Tỉnh', name: code, region, variants: [] });
const provinces = [prov('01', 'R1'), prov('02', 'R1'), prov('03', 'R2')];
const target = (patch: Partial<Target>): Target => targetOf({ value: 5000, ...patch });
const pt = (code: string, period: string, electronic: number, total: number) => ({ code, period, electronic, total });
const series = [pt('01', '2019-09', 90, 100), pt('02', '2019-09', 10, 100), pt('03', '2019-09', 0, 0), pt('01', '2019-08', 80, 100)];

describe('progress for a target over its scope', () => {
	it.each<[Partial<Target>, string[]]>([
		[{ scope: 'national' }, ['01', '02', '03']],
		[{ scope: 'region', scopeCode: 'R1' }, ['01', '02']],
		[{ scope: 'province', scopeCode: '03' }, ['03']]
	])('%o applies to %o', (patch, codes) => {
		expect(unitsInScope(target(patch), provinces).map((p) => p.code)).toEqual(codes);
	});

	it('national: sum over sum per period (a zero denominator adds nothing), units worst first', () => {
		const r = progressForTarget(target({}), provinces, series, [], '2019-09');
		expect(r.aggregate.series).toEqual([
			{ period: '2019-08', electronic: 80, total: 100 },
			{ period: '2019-09', electronic: 100, total: 200 }
		]);
		expect(r.aggregate.progress).toMatchObject({ level: 5000, status: 'met' });
		expect(r.units.map((u) => [u.code, u.progress.status])).toEqual([
			['02', 'at_risk'],
			['01', 'met'],
			['03', 'no_data']
		]);
	});

	it('a national count has no per-province rows', () => {
		const r = progressForTarget(target({ kind: 'count', value: 150 }), provinces, series, [], '2019-09');
		expect(r.units).toEqual([]);
		expect(r.aggregate.progress).toMatchObject({ level: 100, gap: 50, neededPerMonth: 17 });
	});
});
