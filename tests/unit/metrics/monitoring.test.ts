import { describe, expect, it } from 'vitest';
import { changeColumns, flags, improvedDeclined, rankChangeSymbol, type PeriodCounts } from '../../../src/lib/metrics/monitoring';

/** Units with rates in whole percent, 100 dossiers each. */
const period = (id: string, rates: Record<string, number | null>): PeriodCounts => ({
	period: id,
	counts: Object.entries(rates).map(([code, r]) => ({ code, electronic: r ?? 0, total: r === null ? 0 : 100 }))
});

const others = { O1: 95, O2: 90, O3: 85, O4: 80, O5: 75, O6: 70, O7: 65, O8: 60, O9: 55, O10: 50, O11: 45 };

describe('rank change, best first, ties shared (worked by hand)', () => {
	it.each([
		// X is 12th best of 12 at 40%, then at 57% it sits between O8 (60) and O9 (55): 9th best. 12 − 9 = ▲3;
		// O9, O10 and O11 each move down one place.
		['12th → 9th best is ▲3', { ...others, X: 57 }, { X: '▲3', O8: '=', O9: '▼1', O10: '▼1', O11: '▼1', O1: '=' }],
		// At 60% X ties O8: both 8th (ties share the better place); O9 becomes 10th (1, …, 8, 8, 10).
		['a tie shares the place: 12th → 8th is ▲4, the unit tied with stays =', { ...others, X: 60 }, { X: '▲4', O8: '=', O9: '▼1', O11: '▼1' }],
		// X on top at 99%: every other unit is pushed down one.
		['12th → 1st is ▲11', { ...others, X: 99 }, { X: '▲11', O1: '▼1', O11: '▼1' }],
		// X has no dossiers in the new period: no rank, no comparison.
		['no rate now: —', { ...others, X: null }, { X: '—', O11: '=' }]
	])('%s', (_, now, expected) => {
		const c = changeColumns([period('2025-01', { ...others, X: 40 }), period('2025-02', now)], '2025-02');
		const symbols = Object.fromEntries(c.vsPrevious!.map((r) => [r.code, rankChangeSymbol(r.rankChange)]));
		expect(symbols).toMatchObject(expected);
	});

	it('rate change in hundredths of a point, and the count of units that improved or declined', () => {
		const c = changeColumns([period('2025-01', { A: 10, B: 20, C: 30, D: null }), period('2025-02', { A: 15, B: 20, C: 25, D: 5 })], '2025-02');
		expect(c.vsPrevious!.map((r) => [r.code, r.delta])).toEqual([
			['A', 500],
			['B', 0],
			['C', -500],
			['D', null]
		]);
		expect(improvedDeclined(c.vsPrevious!)).toEqual({ improved: 1, declined: 1, unchanged: 1, notCompared: 1 });
	});
});

describe('baselines: the previous published period and the first of the year', () => {
	const series = ['2024-11', '2025-03', '2024-12', '2025-01', '2025-02'].map((id) => period(id, { A: 1 }));
	it.each([
		['2025-03', '2025-02', '2025-01'],
		['2025-02', '2025-01', '2025-01'],
		['2025-01', '2024-12', null],
		['2024-12', '2024-11', '2024-11'],
		['2024-11', null, null]
	])('%s: previous %s, first of the year %s', (id, previous, yearStart) => {
		const c = changeColumns(series, id);
		expect([c.previous, c.yearStart]).toEqual([previous, yearStart]);
		expect(c.vsPrevious === null).toBe(previous === null);
		expect(c.vsYearStart === null).toBe(yearStart === null);
	});
});

describe('flags (worked by hand, target 50%)', () => {
	// P1, P2, P3; best-first P2: G1, B2, C2, D4, E5, F6, A7 → P3: A1, B2, C2, D4, E5, F6, G7 (G falls 6).
	// Lowest-first P3: G1 (40), F2 (45), E3 (50), D4 (55), C5 and B5 (60, tied), A7 → six units among the 5 lowest.
	// Below 50% in P1, P2 and P3: F only (A is 90% in P3, G 60% in P1, E is 50% in P3: a target met exactly).
	const series = [
		period('2025-01', { A: 40, B: 70, C: 70, D: 70, E: 40, F: 40, G: 60 }),
		period('2025-02', { A: 30, B: 60, C: 60, D: 55, E: 45, F: 45, G: 95 }),
		period('2025-03', { A: 90, B: 60, C: 60, D: 55, E: 50, F: 45, G: 40 })
	];
	it('each unit’s flags', () => {
		expect(Object.fromEntries(flags(series, '2025-03', () => 5000))).toEqual({
			A: [],
			B: ['lowest5'],
			C: ['lowest5'],
			D: ['lowest5'],
			E: ['lowest5'],
			F: ['belowTarget3', 'lowest5'],
			G: ['fell5', 'lowest5']
		});
	});
	it('a fall of exactly 5 places is flagged, of 4 is not; no target in one of the 3 periods, no "below target" flag', () => {
		const f = flags(series, '2025-03', (p) => (p === '2025-01' ? null : 5000));
		expect(f.get('F')).toEqual(['lowest5']);
		const withG = (rate: number) => [series[0], series[1], { period: '2025-03', counts: series[2].counts.map((c) => (c.code === 'G' ? { ...c, electronic: rate } : c)) }];
		// G at 46%: between E (50) and F (45), 6th best: 1st → 6th = ▼5, flagged.
		expect(flags(withG(46), '2025-03', () => 5000).get('G')).toEqual(['fell5', 'lowest5']);
		// G at 52%: between D (55) and E (50), 5th best: ▼4, not flagged; lowest-first F1, E2, G3.
		expect(flags(withG(52), '2025-03', () => 5000).get('G')).toEqual(['lowest5']);
		// Only two periods published: nobody can be below target in each of the last 3.
		expect(flags(series.slice(1), '2025-03', () => 5000).get('F')).toEqual(['lowest5']);
	});
});
