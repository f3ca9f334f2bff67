// The one data path's lifecycle: idle → loading → ready | not_found | error, the newest request wins,
// errors are surfaced once, and the engine starts once, only when a query needs it.
import { describe, expect, it } from 'vitest';
import { LoadClient } from '../../../src/lib/load/client';
import { Coordinator } from '../../../src/lib/load/coordinator';
import type { LiveOutcome } from '../../../src/lib/load/live-outcome';
import { memorySource, type DatasetSource } from '../../../src/lib/load/source';
import type { Connector } from '../../../src/lib/db/connector';
import type { Dataset } from '../../../src/lib/data/observation';

type O = LiveOutcome<number>;

function deferred<T>() {
	let resolve!: (v: T) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
}

const ready = (view: number): O => ({ state: 'ready', name: 'd', view });

describe('LoadClient', () => {
	it('goes idle → loading → ready', async () => {
		const states: string[] = [];
		const client = new LoadClient<O>({ onchange: (c) => states.push(c.outcome.state) });
		expect(client.state).toEqual({ state: 'idle' });
		const answer = deferred<O>();
		const done = client.request('a', () => answer.promise);
		expect(client.state).toEqual({ state: 'loading' });
		answer.resolve(ready(1));
		await done;
		expect(client.state).toEqual(ready(1));
		expect(states).toEqual(['loading', 'ready']);
	});

	it.each([
		['older answer arrives last', [0, 1]],
		['older answer arrives first', [1, 0]]
	])('drops a stale answer (%s)', async (_, order) => {
		const client = new LoadClient<O>();
		const answers = [deferred<O>(), deferred<O>()];
		const runs = [client.request('old', () => answers[0].promise), client.request('new', () => answers[1].promise)];
		for (const i of order) {
			answers[i].resolve(ready(i));
			await runs[i];
		}
		expect(client.current).toEqual({ key: 'new', outcome: ready(1) });
		expect(client.outcome('old')).toEqual({ state: 'loading' });
	});

	it('surfaces an error once, as an error outcome', async () => {
		const errors: unknown[] = [];
		const client = new LoadClient<O>({ onerror: (e) => errors.push(e) });
		const boom = new Error('engine gone');
		await client.request('a', () => Promise.reject(boom));
		client.follow('a', () => Promise.reject(new Error('asked again')));
		await Promise.resolve();
		expect(errors).toEqual([boom]);
		expect(client.state).toEqual({ state: 'error', stage: 'engine', message: 'engine gone' });
	});

	it('does not report the error of a request overtaken by a newer one as the outcome', async () => {
		const client = new LoadClient<O>();
		const old = deferred<O>();
		const first = client.request('old', () => old.promise);
		await client.request('new', async () => ready(2));
		old.reject(new Error('late failure'));
		await first;
		expect(client.state).toEqual(ready(2));
	});

	it('answers a key again from its cache when asked to keep answers', async () => {
		let queries = 0;
		const client = new LoadClient<O>({ cache: true });
		const query = async () => ready(++queries);
		await client.request('a', query);
		await client.request('b', query);
		await client.request('a', query);
		expect(queries).toBe(2);
		expect(client.current).toEqual({ key: 'a', outcome: ready(1) });
	});
});

function fakeEngine() {
	const calls: string[] = [];
	const db = {
		async exec(sql: string) {
			calls.push(sql.trim().split(/\s+/).slice(0, 2).join(' '));
		},
		async runMany(sql: string) {
			calls.push(sql.trim().split(/\s+/).slice(0, 2).join(' '));
		},
		async query() {
			return [];
		},
		async close() {}
	} as unknown as Connector;
	let starts = 0;
	return {
		calls,
		get starts() {
			return starts;
		},
		start: async () => {
			starts++;
			return db;
		}
	};
}

const dataset = (id: string): Dataset => ({
	info: { id, titleVi: `Bộ ${id}`, titleEn: `Set ${id}`, source: 'test', nature: 'real', unitSet: 63 },
	observations: []
});

describe('Coordinator', () => {
	it('starts the engine only when a dataset is opened, and once for many requests', async () => {
		const engine = fakeEngine();
		const coordinator = new Coordinator({ startEngine: engine.start, sources: [memorySource([dataset('a'), dataset('b')])], crosswalk: new Map() });
		expect(await coordinator.find('a')).not.toBeNull();
		expect(engine.starts).toBe(0);
		expect(coordinator.started).toBe(false);
		await Promise.all([coordinator.open('a'), coordinator.open('a'), coordinator.open('b'), coordinator.engine()]);
		expect(engine.starts).toBe(1);
	});

	it('stores a dataset version once, however often it is opened', async () => {
		const engine = fakeEngine();
		let reads = 0;
		const source: DatasetSource = {
			origin: 'workspace',
			find: async (id) => (id === 'imp-1' ? { info: dataset(id).info, name: 'mine', version: 'v1', updatedAt: 'v1' } : null),
			read: async (id) => (reads++, dataset(id))
		};
		const coordinator = new Coordinator({ startEngine: engine.start, sources: [source], crosswalk: new Map() });
		const [a, b] = await Promise.all([coordinator.open('imp-1'), coordinator.open('imp-1')]);
		expect(reads).toBe(1);
		expect(a?.name).toBe('mine');
		expect(b?.origin).toBe('workspace');
		expect(await coordinator.open('imp-2')).toBeNull();
	});

	it('names the failed step: a source that cannot be read, or an engine that does not start (retried next time)', async () => {
		const broken: DatasetSource = { origin: 'workspace', find: () => Promise.reject(new Error('IndexedDB blocked')), read: async () => null };
		await expect(new Coordinator({ startEngine: fakeEngine().start, sources: [broken], crosswalk: new Map() }).open('x')).rejects.toMatchObject({
			stage: 'storage',
			message: 'IndexedDB blocked'
		});
		let attempts = 0;
		const flaky = fakeEngine();
		const coordinator = new Coordinator({
			startEngine: () => (++attempts === 1 ? Promise.reject(new Error('wasm')) : flaky.start()),
			sources: [memorySource([dataset('a')])],
			crosswalk: new Map()
		});
		await expect(coordinator.open('a')).rejects.toMatchObject({ stage: 'engine', message: 'wasm' });
		expect(await coordinator.open('a')).not.toBeNull();
		expect(attempts).toBe(2);
	});
});
