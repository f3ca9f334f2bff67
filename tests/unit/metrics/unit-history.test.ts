import { describe, expect, it } from 'vitest';
import { unitHistory } from '../../../src/lib/metrics/unit-history';

const c = (code: string, electronic: number, total: number) => ({ code, electronic, total });

describe('unitHistory: rate and best-first rank per period, worked by hand', () => {
	const series = [
		// A 1/2 = 50 %, B 3/4 = 75 %, C 1/2 = 50 %: B first, A and C share 2nd.
		{ period: '2019-01', counts: [c('A', 1, 2), c('B', 3, 4), c('C', 1, 2)] },
		// A 9/10 first, C 0/5 last, B 0/0 has no rate (not ranked, not counted).
		{ period: '2019-02', counts: [c('A', 9, 10), c('B', 0, 0), c('C', 0, 5)] },
		// A is missing from the period.
		{ period: '2019-03', counts: [c('B', 1, 1), c('C', 1, 3)] }
	];
	it.each([
		['A', [[1, 2, 2, 3], [9, 10, 1, 2], [0, 0, null, 2]]],
		['B', [[3, 4, 1, 3], [0, 0, null, 2], [1, 1, 1, 2]]],
		['C', [[1, 2, 2, 3], [0, 5, 2, 2], [1, 3, 2, 2]]]
	] as const)('unit %s', (code, rows) => {
		expect(unitHistory(series, code)).toEqual(
			rows.map(([electronic, total, rank, of], i) => ({ period: series[i].period, electronic, total, rank, of }))
		);
	});
});
