import { describe, expect, it } from 'vitest';
import { datasetParams, joinQuery, unitHref } from '../../../src/lib/state/unit-links';

describe('joinQuery and datasetParams: links that keep the dataset', () => {
	it.each([
		[[], ''],
		[['', new URLSearchParams()], ''],
		[['?target=60&lang=en', datasetParams('imp-1')], '?target=60&lang=en&dataset=imp-1'],
		[[new URLSearchParams('units=34'), datasetParams('imp-1', 'participation_e_dossiers')], '?units=34&dataset=imp-1&indicator=participation_e_dossiers'],
		// No dataset: no indicator either; later parts win.
		[['?lang=en', datasetParams(null, 'x')], '?lang=en'],
		[['?dataset=a', datasetParams('b')], '?dataset=b'],
		// Ids are encoded, never spliced.
		[[datasetParams('imp a&b')], '?dataset=imp+a%26b']
	] as const)('%j → %s', (parts, expected) => {
		expect(joinQuery(...parts)).toBe(expected);
	});

	it('a unit page link carries the query', () => {
		expect(unitHref('/app', 63, '56', joinQuery('?lang=en', datasetParams('imp-1')))).toBe('/app/province/56/?lang=en&dataset=imp-1');
		expect(unitHref('', 34, '56', '')).toBe('/unit34/56/');
	});
});
