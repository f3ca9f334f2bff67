import { describe, expect, it } from 'vitest';
import { compareChanges, periodChange, type UnitPair } from '../../../src/lib/metrics/period-change';

const c = (electronic: number, total: number) => ({ electronic, total });

describe('period-over-period change', () => {
	it('rate delta in hundredths of a point, exact then rounded half-up', () => {
		const [row] = periodChange([{ code: '01', a: c(1, 3), b: c(1, 2) }]);
		expect(row).toMatchObject({ rateA: 3333, rateB: 5000, delta: 1667, rankA: 1, rankB: 1, rankChange: 0 });
	});

	it.each<[string, UnitPair[], Record<string, [number | null, number | null, number | null]>]>([
		[
			'a swap of places',
			[
				{ code: 'A', a: c(9, 10), b: c(5, 10) },
				{ code: 'B', a: c(5, 10), b: c(9, 10) }
			],
			{ A: [1, 2, -1], B: [2, 1, 1] }
		],
		[
			'ties share a rank (1, 2, 2, 4); a tied pair that stays tied does not move',
			[
				{ code: 'A', a: c(9, 10), b: c(9, 10) },
				{ code: 'B', a: c(5, 10), b: c(1, 2) },
				{ code: 'C', a: c(1, 2), b: c(50, 100) },
				{ code: 'D', a: c(1, 10), b: c(1, 10) }
			],
			{ A: [1, 1, 0], B: [2, 2, 0], C: [2, 2, 0], D: [4, 4, 0] }
		],
		[
			'breaking a tie: one moves up, the other keeps its rank',
			[
				{ code: 'A', a: c(5, 10), b: c(6, 10) },
				{ code: 'B', a: c(5, 10), b: c(5, 10) },
				{ code: 'C', a: c(9, 10), b: c(9, 10) }
			],
			{ A: [2, 2, 0], B: [2, 3, -1], C: [1, 1, 0] }
		],
		[
			'a unit with no figure or a zero denominator in one period has no rank there and no change',
			[
				{ code: 'A', a: null, b: c(5, 10) },
				{ code: 'B', a: c(0, 0), b: c(9, 10) },
				{ code: 'C', a: c(1, 10), b: c(1, 10) }
			],
			{ A: [null, 2, null], B: [null, 1, null], C: [1, 3, -2] }
		]
	])('%s', (_name, pairs, expected) => {
		const rows = periodChange(pairs);
		for (const [code, [rankA, rankB, move]] of Object.entries(expected)) {
			const row = rows.find((r) => r.code === code)!;
			expect([row.rankA, row.rankB, row.rankChange], code).toEqual([rankA, rankB, move]);
		}
	});

	it('delta is null unless both periods have a rate; sorting puts the largest rise first and nulls last', () => {
		const rows = periodChange([
			{ code: 'A', a: c(1, 10), b: c(2, 10) },
			{ code: 'B', a: null, b: c(5, 10) },
			{ code: 'C', a: c(1, 10), b: c(5, 10) },
			{ code: 'D', a: c(5, 10), b: c(4, 10) }
		]);
		expect(rows.find((r) => r.code === 'B')!.delta).toBeNull();
		expect([...rows].sort(compareChanges).map((r) => r.code)).toEqual(['C', 'A', 'D', 'B']);
	});
});
