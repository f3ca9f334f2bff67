import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/observation';
import { newDatasetId } from '../../../src/lib/workspace/entry';
import { createMemoryKeyValues, createMemoryStore } from '../../../src/lib/workspace/memory-store';
import { createWorkspace } from '../../../src/lib/workspace/workspace';
import { parseWorkspaceFile, WorkspaceFileError } from '../../../src/lib/workspace/workspace-file';

const dataset = (id: string, electronic = 1): Dataset => ({
	info: { id, titleVi: `Tệp ${id}`, titleEn: `File ${id}`, source: 'test.csv', nature: 'real', unitSet: 63 },
	observations: [
		{ unitCode: '01', period: '2019', indicator: 'benefits_e_dossiers', electronic, total: 10, statedRate: null, sourceName: '<b>Hà Nội</b>' },
		{ unitCode: '79', period: '2020', indicator: 'participation_e_dossiers', electronic: 2, total: 3, statedRate: 66.67, sourceName: null }
	]
});

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));

describe('workspace', () => {
	it('saves, lists, loads, renames, replaces and deletes datasets', async () => {
		const ws = createWorkspace(createMemoryStore(), createMemoryKeyValues(), clock);
		await ws.save(dataset('a'), 'Báo cáo quý 3');
		await ws.save(dataset('b'));
		expect((await ws.list()).map((e) => [e.id, e.name, e.observations, e.periods, e.indicators])).toEqual([
			['b', 'Tệp b', 2, ['2019', '2020'], ['benefits_e_dossiers', 'participation_e_dossiers']],
			['a', 'Báo cáo quý 3', 2, ['2019', '2020'], ['benefits_e_dossiers', 'participation_e_dossiers']]
		]);
		expect(await ws.load('a')).toEqual(dataset('a'));
		await ws.rename('a', '  Quý 3/2019 ');
		await ws.save(dataset('a', 5));
		const a = (await ws.list()).find((e) => e.id === 'a')!;
		expect(a.name).toBe('Quý 3/2019');
		expect((await ws.load('a'))!.observations[0].electronic).toBe(5);
		await ws.remove('b');
		expect((await ws.list()).map((e) => e.id)).toEqual(['a']);
		expect(await ws.load('b')).toBeNull();
	});

	it('exports the whole workspace (datasets and every bhxh.* setting) and imports it back', async () => {
		const local = createMemoryKeyValues({ 'bhxh.targets.v1': '{"01":8000}', 'other.app': 'x' });
		const ws = createWorkspace(createMemoryStore(), local, clock);
		await ws.save(dataset('a'), 'A');
		const json = await ws.exportJson();
		const file = JSON.parse(json);
		expect(file.localStorage).toEqual({ 'bhxh.targets.v1': '{"01":8000}' });

		const local2 = createMemoryKeyValues();
		const fresh = createWorkspace(createMemoryStore(), local2, clock);
		expect(await fresh.importJson(json)).toEqual({ datasets: 1, settings: 1 });
		expect(await fresh.load('a')).toEqual(dataset('a'));
		expect((await fresh.list())[0].name).toBe('A');
		expect(local2.dump()).toEqual({ 'bhxh.targets.v1': '{"01":8000}' });
	});

	it.each([
		['not JSON', 'hello', 'not a workspace file (not JSON)'],
		['another JSON', '{"a":1}', 'not a workspace file of this dashboard'],
		['a newer version', '{"format":"bhxh-workspace","version":9,"datasets":[]}', 'workspace file version 9 is newer than this dashboard'],
		[
			'electronic > total',
			JSON.stringify({ format: 'bhxh-workspace', version: 1, datasets: [{ entry: { id: 'x', name: 'X', info: {} }, observations: [{ unitCode: '01', period: '2019', indicator: 'i', electronic: 5, total: 4 }] }] }),
			'dataset X, observation 1: counts must be whole numbers with electronic ≤ total'
		],
		[
			'a duplicate observation',
			JSON.stringify({
				format: 'bhxh-workspace',
				version: 1,
				datasets: [{ entry: { id: 'x', name: 'X', info: {} }, observations: [1, 2].map(() => ({ unitCode: '01', period: '2019', indicator: 'i', electronic: 1, total: 4 })) }]
			}),
			'dataset X, observation 2: duplicate of observation 1 (unit 01, period 2019, indicator i)'
		],
		[
			'an unknown unit code',
			JSON.stringify({ format: 'bhxh-workspace', version: 1, datasets: [{ entry: { id: 'x', name: 'X', info: {} }, observations: [{ unitCode: '99', period: '2019', indicator: 'i', electronic: 1, total: 4 }] }] }),
			'dataset X, observation 1: unknown unit code 99 for period 2019 (63 units)'
		]
	])('refuses a bad workspace file (%s) and changes nothing', async (_name, text, message) => {
		expect(() => parseWorkspaceFile(text)).toThrow(new WorkspaceFileError(message));
		const ws = createWorkspace(createMemoryStore(), createMemoryKeyValues(), clock);
		await ws.save(dataset('keep'));
		await expect(ws.importJson(text)).rejects.toThrow(WorkspaceFileError);
		expect((await ws.list()).map((e) => e.id)).toEqual(['keep']);
	});

	it('makes ids that never collide with the embedded dataset ids', () => {
		const id = newDatasetId(new Date(Date.UTC(2026, 0, 1)), () => 0.5);
		expect(id).toMatch(/^imp-[0-9a-z]+-[0-9a-z]{4}$/);
	});
});
