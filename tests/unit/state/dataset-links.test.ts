import { describe, expect, it } from 'vitest';
import { datasetHref } from '../../../src/lib/state/dataset-links';

describe('datasetHref', () => {
	it.each([
		['', '', 'imp-1', 'vi', '/?dataset=imp-1'],
		['', 'progress/', 'imp-1', 'vi', '/progress/?dataset=imp-1'],
		['', 'map/', 'imp-1', 'vi', '/map/?dataset=imp-1'],
		['', 'report/', 'imp-1', 'vi', '/report/?dataset=imp-1'],
		['/bhxh', 'progress/', 'imp 2&x', 'en', '/bhxh/progress/?dataset=imp+2%26x&lang=en']
	] as const)('base %j page %j id %j %s → %s', (base, pagePath, id, locale, expected) => {
		expect(datasetHref(base, pagePath, id, locale)).toBe(expected);
	});
});
