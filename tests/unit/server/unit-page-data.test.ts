import { describe, expect, it } from 'vitest';
import { primaryIndicator } from '../../../src/lib/server/unit-page-data';

const c = (period: string, indicator: string) => ({ period, indicator, units: 63 });

describe('the indicator a unit page shows for a dataset', () => {
	it.each([
		// A monthly dataset holding both fields: the appendix's field, not the last one listed.
		[[c('2019-09', 'benefits_e_dossiers'), c('2019-09', 'participation_e_dossiers')], 'benefits_e_dossiers', 'benefits_e_dossiers'],
		[[c('2019', 'vssid_accounts'), c('2019', 'employers_registered')], 'benefits_e_dossiers', 'employers_registered'],
		[[c('2019', 'vssid_accounts')], undefined, 'vssid_accounts']
	] as const)('%j, preferring %s → %s', (contents, preferred, expected) => {
		expect(primaryIndicator(contents, preferred)).toBe(expected);
	});
});
