import { describe, expect, it } from 'vitest';
import { dossiersToReach, gapToGroup, gapToTarget, placeOf, rankChange, type StandingPoint } from '../../../src/lib/metrics/standing';

const u = (code: string, electronic: number, total: number) => ({ code, electronic, total });

describe('placeOf: ranks lowest first and best first, percentile', () => {
	// a 10%, b 20%, c 20% (bigger), d 50%, e no dossiers
	const rows = [u('a', 1, 10), u('b', 2, 10), u('c', 4, 20), u('d', 5, 10), u('e', 0, 0)];
	it.each([
		// code, position (appendix STT), rank lowest first, rank best first, of, percentile
		['a', 1, 1, 4, 4, 0],
		['c', 2, 2, 2, 4, (1 + 0.5) / 3 * 100], // c comes before b: equal rate, larger total first
		['b', 3, 2, 2, 4, (1 + 0.5) / 3 * 100],
		['d', 4, 4, 1, 4, 100]
	])('%s: STT %i, rank %i lowest first, %i best first of %i, percentile %d', (code, position, low, best, of, percentile) => {
		const place = placeOf(rows, code)!;
		expect(place.positionLowestFirst).toBe(position);
		expect(place.rankLowestFirst).toBe(low);
		expect(place.rankBestFirst).toBe(best);
		expect(place.of).toBe(of);
		expect(place.percentile).toBeCloseTo(percentile, 10);
	});
	it('has no place without a rate or without figures', () => {
		expect(placeOf(rows, 'e')).toBeNull();
		expect(placeOf(rows, 'zz')).toBeNull();
	});
	it('has no percentile when alone', () => {
		expect(placeOf([u('a', 1, 2)], 'a')).toMatchObject({ of: 1, rankBestFirst: 1, percentile: null });
	});
	it('compares rates exactly: 1/3 and 2/6 tie', () => {
		expect(placeOf([u('a', 1, 3), u('b', 2, 6)], 'a')).toMatchObject({ tied: 1, rankBestFirst: 1, rankLowestFirst: 1, positionLowestFirst: 2 });
	});
});

describe('gaps in points and in dossiers', () => {
	it.each([
		// electronic, total, target num/den, dossiers short
		[0, 100, 80n, 100n, 80],
		[79, 100, 80n, 100n, 1],
		[80, 100, 80n, 100n, 0],
		[95, 100, 80n, 100n, 0],
		[1, 3, 1n, 2n, 1], // needs ceil(1.5) = 2
		[2138, 91489, 8000n, 10000n, 73192 - 2138 - 0], // ceil(0.8 × 91.489) = 73.192 (73.191,2 rounded up)
		[0, 0, 1n, 2n, null]
	])('%i of %i towards %i/%i: %s short', (electronic, total, num, den, short) => {
		expect(dossiersToReach({ electronic, total }, num, den)).toBe(short);
	});
	it('states the gap to the target', () => {
		const gap = gapToTarget({ electronic: 2138, total: 91489 }, 8000)!;
		expect(gap.points).toBeCloseTo((2138 / 91489) * 100 - 80, 10);
		expect(gap.reached).toBe(false);
		expect(gap.dossiersShort).toBe(71054);
		expect(gapToTarget({ electronic: 0, total: 0 }, 8000)).toBeNull();
	});
	it('states the gap to a group as sum over sum', () => {
		const gap = gapToGroup({ electronic: 1, total: 10 }, [u('a', 1, 10), u('b', 9, 10)])!;
		expect(gap.points).toBeCloseTo(-40, 10);
		expect(gap.dossiersShort).toBe(4);
		expect(gapToGroup({ electronic: 9, total: 10 }, [u('a', 1, 10), u('b', 9, 10)])).toMatchObject({ reached: true, dossiersShort: 0 });
	});
});

describe('rank change between the last two periods with a place', () => {
	const point = (period: string, rate: number | null, rankBestFirst: number | null): StandingPoint => ({
		period,
		row: rate === null ? null : ({ rate } as StandingPoint['row']),
		place: rankBestFirst === null ? null : ({ rankBestFirst } as StandingPoint['place'])
	});
	it.each([
		[[point('2019', 0.1, 52)], null],
		[[point('2019', 0.1, 52), point('2020', 0.3, 40)], { from: '2019', to: '2020', placesGained: 12 }],
		[[point('2019', 0.5, 3), point('2020', 0.4, 9)], { from: '2019', to: '2020', placesGained: -6 }],
		[[point('2018', 0.2, 10), point('2019', null, null), point('2020', 0.3, 8)], { from: '2018', to: '2020', placesGained: 2 }]
	])('%#', (points, expected) => {
		const change = rankChange(points);
		if (expected === null) expect(change).toBeNull();
		else expect(change).toMatchObject(expected);
	});
});
