import { describe, expect, it } from 'vitest';
import { rankByRate } from '../../../src/lib/metrics/rank';

const row = (code: string, electronic: number, total: number) => ({ code, electronic, total });

describe('rankByRate', () => {
	const rows = [row('A', 1, 10), row('B', 2, 10), row('C', 4, 20), row('D', 9, 10), row('E', 0, 0)];

	it.each([
		// order, codes in display order, ranks
		['asc', ['A', 'C', 'B', 'D', 'E'], [1, 2, 2, 4, null]],
		['desc', ['D', 'C', 'B', 'A', 'E'], [1, 2, 2, 4, null]]
	] as const)('%s: ties share a rank, the larger denominator shows first, no rate comes last', (order, codes, ranks) => {
		const ranked = rankByRate(rows, order);
		expect(ranked.map((r) => r.row.code)).toEqual(codes);
		expect(ranked.map((r) => r.rank)).toEqual(ranks);
		expect(ranked.map((r) => r.position)).toEqual([1, 2, 3, 4, 5]);
	});

	it('breaks a full tie (same rate, same total) by code, whatever the input order', () => {
		const tied = [row('09', 1, 2), row('03', 1, 2), row('05', 2, 4)];
		const ranked = rankByRate(tied, 'asc');
		expect(ranked.map((r) => r.row.code)).toEqual(['05', '03', '09']);
		expect(ranked.map((r) => r.rank)).toEqual([1, 1, 1]);
		expect(rankByRate([...tied].reverse(), 'asc').map((r) => r.row.code)).toEqual(['05', '03', '09']);
	});

	it('treats rates equal only after rounding as different', () => {
		const ranked = rankByRate([row('X', 1, 3), row('Y', 3333, 10000)], 'desc');
		expect(ranked.map((r) => r.rateHundredths)).toEqual([3333, 3333]);
		expect(ranked.map((r) => r.rank)).toEqual([1, 2]);
	});

	it('ranks an empty list as empty', () => {
		expect(rankByRate([], 'asc')).toEqual([]);
	});
});
