import { describe, expect, it } from 'vitest';
import { fileSafe, parseVietnameseDate, readStoredLetter } from '../../../src/lib/export/report-settings';
import { DEFAULT_LETTER } from '../../../src/lib/export/report-model';
import { DEFAULT_REPORT, readReportState, writeReportState } from '../../../src/lib/state/report-state';

describe('report URL state', () => {
	it('round-trips every choice through the link', () => {
		const state = { ...DEFAULT_REPORT, dataset: 'x', period: '2019', indicator: 'vssid_accounts', order: 'desc' as const, units: 34 as const, targetHundredths: 3699, highlight: true, locale: 'en' as const };
		expect(readReportState(writeReportState(state))).toEqual(state);
		expect(writeReportState(DEFAULT_REPORT).toString()).toBe('');
	});

	it.each([
		['units=40', { units: 63 }],
		['order=up', { order: 'asc' }],
		['target=120', { targetHundredths: 8000 }],
		['highlight=yes', { highlight: false }],
		['dataset=', { dataset: 'cv3040-2019' }]
	])('falls back to the default on %s', (query, expected) => {
		expect(readReportState(new URLSearchParams(query))).toMatchObject(expected);
	});
});

describe('letter settings', () => {
	it.each([
		['20/08/2019', '2019-08-20'],
		['5/7/2021', '2021-07-05'],
		[' 05.07.2021 ', '2021-07-05'],
		['29/02/2020', '2020-02-29'],
		['29/02/2019', null],
		['31/04/2021', null],
		['2019-08-20', null],
		['20/08/19', null],
		['', null]
	])('parses the date %j as %j', (text, iso) => {
		expect(parseVietnameseDate(text)).toBe(iso);
	});

	it.each([
		['3040/BHXH-CNTT', '3040-BHXH-CNTT'],
		['Số 12/ĐHĐ', 'So-12-DHD'],
		['', '']
	])('makes %j safe for a file name: %j', (text, safe) => expect(fileSafe(text)).toBe(safe));

	it('reads what was stored, ignoring damaged or foreign values', () => {
		expect(readStoredLetter(null)).toEqual(DEFAULT_LETTER);
		expect(readStoredLetter('{not json')).toEqual(DEFAULT_LETTER);
		expect(readStoredLetter(JSON.stringify({ number: '1/X', dateIso: 'soon', issuer: 42 }))).toEqual({ ...DEFAULT_LETTER, number: '1/X' });
		expect(readStoredLetter(JSON.stringify({ dateIso: '2019-08-20' })).dateIso).toBe('2019-08-20');
	});
});
