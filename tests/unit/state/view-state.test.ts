import { describe, expect, it } from 'vitest';
import { DEFAULT_OVERVIEW, parseTargetPercent, readOverviewState, writeOverviewState } from '../../../src/lib/state/view-state';

const regions = new Set(['DBSH', 'TN']);

describe('target typed by a person', () => {
	it.each([
		['80', 8000],
		['36,99', 3699],
		['36.99', 3699],
		['36,9', 3690],
		[' 50 % ', 5000],
		['100', 10000],
		['0', 0],
		['100,01', null],
		['-5', null],
		['1.000', null],
		['abc', null],
		['', null]
	])('%j → %j', (text, hundredths) => {
		expect(parseTargetPercent(text)).toBe(hundredths);
	});
});

describe('overview state in the URL', () => {
	it('round-trips a non-default view', () => {
		const state = { order: 'desc', region: 'TN', targetHundredths: 3699, locale: 'en' } as const;
		const params = writeOverviewState(state);
		expect(params.toString()).toBe('order=desc&region=TN&target=36.99&lang=en');
		expect(readOverviewState(params, regions)).toEqual(state);
	});
	it('writes nothing for the default view', () => {
		expect(writeOverviewState(DEFAULT_OVERVIEW).toString()).toBe('');
	});
	it('falls back to defaults on unknown values', () => {
		expect(readOverviewState(new URLSearchParams('order=sideways&region=XX&target=150&lang=fr'), regions)).toEqual(DEFAULT_OVERVIEW);
	});
});
