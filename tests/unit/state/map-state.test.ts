import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP, readMapState, sharedParams, writeMapState } from '../../../src/lib/state/map-state';
import { readUnitSet, writeUnitSet } from '../../../src/lib/state/unit-set';

describe('the units parameter', () => {
	it.each([
		['', 63],
		['units=34', 34],
		['units=63', 63],
		['units=35', 63],
		['units=', 63]
	] as const)('"%s" → %i', (query, set) => {
		expect(readUnitSet(new URLSearchParams(query))).toBe(set);
	});
	it('keeps the other parameters when written', () => {
		expect(writeUnitSet(new URLSearchParams('order=desc'), 34).toString()).toBe('order=desc&units=34');
		expect(writeUnitSet(new URLSearchParams('order=desc&units=34'), 63).toString()).toBe('order=desc');
	});
});

describe('the map view in the URL', () => {
	it.each([
		['', DEFAULT_MAP],
		['units=34&colour=status&target=60&lang=en', { unitSet: 34, colour: 'status', targetHundredths: 6000, locale: 'en' }],
		['colour=pink&target=abc&lang=fr', DEFAULT_MAP]
	] as const)('reads "%s"', (query, state) => {
		expect(readMapState(new URLSearchParams(query))).toEqual(state);
	});
	it('writes only what differs from the default, and reads back what it wrote', () => {
		expect(writeMapState(DEFAULT_MAP).toString()).toBe('');
		const state = { unitSet: 34, colour: 'status', targetHundredths: 3699, locale: 'en' } as const;
		expect(writeMapState(state).toString()).toBe('units=34&colour=status&target=36.99&lang=en');
		expect(readMapState(writeMapState(state))).toEqual(state);
	});
	it('passes target and language on to a unit page', () => {
		expect(sharedParams(DEFAULT_MAP)).toBe('');
		expect(sharedParams({ targetHundredths: 6000, locale: 'en' })).toBe('?target=60&lang=en');
	});
});
