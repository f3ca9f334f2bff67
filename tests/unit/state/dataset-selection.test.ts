import { describe, expect, it } from 'vitest';
import { chooseSelection } from '../../../src/lib/state/dataset-selection';

const contents = [
	{ period: '2019-Q3', indicator: 'benefits_e_dossiers', units: 63 },
	{ period: '2019-Q3', indicator: 'participation_e_dossiers', units: 63 },
	{ period: '2019-Q4', indicator: 'benefits_e_dossiers', units: 63 }
];

describe('chooseSelection', () => {
	it.each([
		[{ period: null, indicator: null }, { period: '2019-Q4', indicator: 'benefits_e_dossiers' }],
		[{ period: '2019-Q3', indicator: 'participation_e_dossiers' }, { period: '2019-Q3', indicator: 'participation_e_dossiers' }],
		[{ period: '2019-Q3', indicator: null }, { period: '2019-Q3', indicator: 'benefits_e_dossiers' }],
		[{ period: null, indicator: 'participation_e_dossiers' }, { period: '2019-Q3', indicator: 'participation_e_dossiers' }],
		[{ period: '1999', indicator: 'nope' }, { period: '2019-Q4', indicator: 'benefits_e_dossiers' }]
	])('%j → %j', (wanted, expected) => expect(chooseSelection(contents, wanted)).toEqual(expected));

	it('is null for an empty dataset', () => expect(chooseSelection([], { period: null, indicator: null })).toBeNull());
});
