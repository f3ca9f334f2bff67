import { describe, expect, it } from 'vitest';
import { pickerEntries } from '../../../src/lib/workspace/picker-entries';
import type { WorkspaceEntry } from '../../../src/lib/workspace/types';

const entry = {
	id: 'imp-1',
	name: 'thang-7.csv',
	info: { id: 'imp-1', titleVi: 'thang-7.csv', titleEn: 'thang-7.csv', source: '', nature: 'real', unitSet: 63 },
	createdAt: '2025-07-05T00:00:00.000Z',
	updatedAt: '2025-07-05T00:00:00.000Z',
	observations: 2,
	periods: ['2025-07'],
	indicators: ['benefits']
} as WorkspaceEntry;

describe('pickerEntries: the workspace datasets a page offers in its picker', () => {
	it.each([
		['listed', async () => [entry], { entries: [entry], error: '' }],
		['empty workspace', async () => [], { entries: [], error: '' }],
		['storage refuses (Error)', async () => Promise.reject(new Error('IndexedDB is disabled')), { entries: [], error: 'IndexedDB is disabled' }],
		['storage refuses (not an Error)', async () => Promise.reject('quota'), { entries: [], error: 'quota' }]
	] as const)('%s', async (_, list, expected) => {
		expect(await pickerEntries(list as () => Promise<WorkspaceEntry[]>)).toEqual(expected);
	});
});
