import { describe, expect, it } from 'vitest';
import { changeView, signedPoints } from '../../../../src/lib/components/overview/change-rows';
import type { PeriodCounts } from '../../../../src/lib/metrics/monitoring';

const period = (id: string, rates: Record<string, number>): PeriodCounts => ({
	period: id,
	counts: Object.entries(rates).map(([code, r]) => ({ code, electronic: r, total: 100 }))
});
const names = new Map([
	['A', 'An Giang'],
	['B', 'Bình Định'],
	['C', 'Cà Mau']
]);

describe('the overview change columns', () => {
	it('worked by hand: three units over three months of one year', () => {
		// Jan: A 10, B 20, C 30 (C 1st, B 2nd, A 3rd). Feb: A 25, B 20, C 30. Mar: A 40, B 20, C 20 (A 1st, B and C 2nd).
		const series = [period('2025-01', { A: 10, B: 20, C: 30 }), period('2025-02', { A: 25, B: 20, C: 30 }), period('2025-03', { A: 40, B: 20, C: 20 })];
		const view = changeView(series, '2025-03', names, () => 3000);
		expect([view.previous, view.yearStart]).toEqual(['2025-02', '2025-01']);
		// Against Feb: A +15 points (2nd → 1st ▲1), B 0 (3rd → 2nd shared ▲1), C −10 (1st → 2nd ▼1).
		expect(view.counts).toEqual({ improved: 1, declined: 1, unchanged: 1, notCompared: 0 });
		expect(view.rows.map((r) => [r.name, r.rank, r.previous, r.yearStart])).toEqual([
			['An Giang', 1, { delta: 1500, rankChange: 1 }, { delta: 3000, rankChange: 2 }],
			['Bình Định', 2, { delta: 0, rankChange: 1 }, { delta: 0, rankChange: 0 }],
			['Cà Mau', 2, { delta: -1000, rankChange: -1 }, { delta: -1000, rankChange: -1 }]
		]);
		// Target 30%: B is below it in all three months; everyone is among the 5 lowest of 3.
		expect(view.rows.map((r) => r.flags)).toEqual([['lowest5'], ['belowTarget3', 'lowest5'], ['lowest5']]);
	});

	it('the first published period has ranks but nothing to compare', () => {
		const view = changeView([period('2025-01', { A: 10, B: 20, C: 20 })], '2025-01', names, () => null);
		expect([view.previous, view.yearStart, view.counts]).toEqual([null, null, null]);
		expect(view.rows.map((r) => [r.code, r.rank, r.previous])).toEqual([
			['B', 1, null],
			['C', 1, null],
			['A', 3, null]
		]);
	});

	it.each([
		[1500, 'vi', '+15,00'],
		[-5, 'vi', '−0,05'],
		[0, 'en', '0.00'],
		[null, 'vi', '—']
	] as const)('signedPoints(%s, %s) = %s', (h, locale, text) => {
		expect(signedPoints(h, locale)).toBe(text);
	});
});
