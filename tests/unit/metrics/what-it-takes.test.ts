import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { whatItTakes } from '../../../src/lib/metrics/what-it-takes';

const appendix = embedded.appendix.observations.map((o) => ({ code: o.unitCode, electronic: o.electronic, total: o.total }));
const TARGET_80 = 8000;

describe('what it takes, on the 2019 appendix (nation: 1.545.438 / 4.177.524), worked by hand', () => {
	it.each([
		// Khánh Hòa 2.138 / 91.489 (2,34%). Next up: Hải Dương 3.552 / 133.290 (2,66%).
		//   pass: 3.552 × 91.489 = 324.968.928; ÷ 133.290 = 2.438 rest 7.908 → e′ = 2.439 → 2.439 − 2.138 = 301
		//   nation: 1.545.438 × 91.489 = 141.390.577.182; ÷ 4.177.524 = 33.845 rest 2.277.402 → e′ = 33.846
		//           → 33.846 − 2.138 = 31.708 (the figure the unit page already shows)
		//   80%: 0,8 × 91.489 = 73.191,2 → e′ = 73.192 → 73.192 − 2.138 = 71.054
		['56', { code: '30', needed: 301 }, 31708, 71054],
		// Tiền Giang 122 / 54.799 (0,22%). Next up: Lào Cai 78 / 18.257 (0,43%).
		//   pass: 78 × 54.799 = 4.274.322; ÷ 18.257 = 234 rest 2.184 → e′ = 235 → 235 − 122 = 113
		//   nation: 1.545.438 × 54.799 = 84.688.456.962; ÷ 4.177.524 = 20.272 rest 1.690.434 → e′ = 20.273 → 20.151
		//   80%: 0,8 × 54.799 = 43.839,2 → e′ = 43.840 → 43.718
		['82', { code: '10', needed: 113 }, 20151, 43718],
		// Yên Bái 35.568 / 39.649 (89,71%). Next up: Thái Bình 81.132 / 89.812 (90,34%).
		//   pass: 81.132 × 39.649 = 3.216.802.668; ÷ 89.812 = 35.817 rest 6.264 → e′ = 35.818 → 250
		//   already above the nation's rate and 80%: 0 and 0
		['15', { code: '34', needed: 250 }, 0, 0],
		// Hồ Chí Minh 84.196 / 84.690 (99,42%): first, nobody to pass.
		['79', null, 0, 0]
	])('unit %s', (code, nextUp, national, target) => {
		expect(whatItTakes(appendix, code, TARGET_80)).toEqual({ code, nextUp, national, target });
	});

	it('the figures do what they say: one dossier less is not enough', () => {
		const kh = { electronic: 2138, total: 91489 };
		const pass = (e: number) => e * 133290 > 3552 * kh.total;
		expect([pass(2138 + 301), pass(2138 + 300)]).toEqual([true, false]);
		const nation = (e: number) => e * 4177524 >= 1545438 * kh.total;
		expect([nation(2138 + 31708), nation(2138 + 31707)]).toEqual([true, false]);
	});
});

describe('what it takes: edge cases', () => {
	const c = (code: string, electronic: number, total: number) => ({ code, electronic, total });
	it.each([
		['out of reach at this total: passing 100% needs more than all dossiers', [c('A', 1, 2), c('B', 100, 100)], 'A', 10000, { code: 'A', nextUp: { code: 'B', needed: null }, national: 1, target: 1 }],
		['a unit tied with another is not "up": the next distinct rate above is', [c('A', 1, 2), c('B', 2, 4), c('C', 3, 4)], 'A', null, { code: 'A', nextUp: { code: 'C', needed: 1 }, national: 1, target: null }],
		['the closest rate above, not the first listed', [c('A', 1, 10), c('B', 9, 10), c('C', 3, 10)], 'A', null, { code: 'A', nextUp: { code: 'C', needed: 3 }, national: 4, target: null }],
		['a unit without dossiers has no figure', [c('A', 0, 0), c('B', 1, 2)], 'A', 5000, { code: 'A', nextUp: null, national: null, target: null }]
	])('%s', (_, counts, code, target, expected) => {
		expect(whatItTakes(counts, code, target)).toEqual(expected);
	});
});
