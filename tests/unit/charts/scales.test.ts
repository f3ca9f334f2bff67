import { describe, expect, it } from 'vitest';
import { createScale, rangeOf, type AxisSpec } from '../../../src/lib/charts/scales';

const frame = { width: 200, height: 100, margin: { top: 10, right: 20, bottom: 30, left: 40 } };

describe('rangeOf: the pixels a dimension spans inside the margins', () => {
	const cases: [string, 'x' | 'y', AxisSpec, [number, number]][] = [
		['x of values runs left to right', 'x', { kind: 'linear', domain: [0, 1] }, [40, 180]],
		['x of points runs left to right', 'x', { kind: 'point', domain: ['a'], padding: 0 }, [40, 180]],
		['y of values runs bottom to top', 'y', { kind: 'linear', domain: [0, 1] }, [70, 10]],
		['y of bands runs top to bottom (first band on top)', 'y', { kind: 'band', domain: ['a'], paddingInner: 0 }, [10, 70]]
	];
	it.each(cases)('%s', (_, dim, spec, range) => expect(rangeOf(dim, spec, frame)).toEqual(range));
});

describe('createScale: one scale per axis kind', () => {
	it('linear: the domain ends land on the range ends', () => {
		const y = createScale('y', { kind: 'linear', domain: [0, 1] }, frame);
		expect([y(0), y(0.5), y(1)]).toEqual([70, 40, 10]);
	});
	it('band: bands in domain order, with the inner padding', () => {
		const y = createScale('y', { kind: 'band', domain: ['a', 'b'], paddingInner: 0.2 }, frame);
		expect(y('a')).toBeCloseTo(10, 9);
		expect(y('b')! + y.bandwidth()).toBeCloseTo(70, 9);
		expect(y.paddingInner()).toBe(0.2);
	});
	it('point: points spread with outer padding, an unknown key has no place', () => {
		const x = createScale('x', { kind: 'point', domain: ['a', 'b', 'c'], padding: 1 }, frame);
		expect([x('a'), x('b'), x('c')]).toEqual([75, 110, 145]);
		expect(x('z')).toBeUndefined();
	});
});
