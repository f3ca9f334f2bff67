import { describe, expect, it } from 'vitest';
import { outcomeFor, runKeyedLoad, type KeyedOutcome } from '../../../src/lib/load/keyed-load';
import type { LiveOutcome } from '../../../src/lib/load/live-outcome';

/** A plain slot standing in for the page's state, recording every write. */
function slot() {
	let current: KeyedOutcome<LiveOutcome<number>> | null = null;
	const writes: KeyedOutcome<LiveOutcome<number>>[] = [];
	return {
		read: () => current,
		write: (next: KeyedOutcome<LiveOutcome<number>>) => {
			current = next;
			writes.push(next);
		},
		writes,
		get current() {
			return current;
		}
	};
}

function deferred() {
	let resolve!: (o: LiveOutcome<number>) => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<LiveOutcome<number>>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

const ready = (view: number): LiveOutcome<number> => ({ state: 'ready', name: `d${view}`, view });

describe('runKeyedLoad: one keyed load of a workspace dataset', () => {
	it('records loading at once, then the result', async () => {
		const s = slot();
		const d = deferred();
		const run = runKeyedLoad('a', () => d.promise, s.read, s.write);
		expect(s.current).toEqual({ key: 'a', outcome: { state: 'loading' } });
		d.resolve(ready(1));
		await run;
		expect(s.writes).toEqual([
			{ key: 'a', outcome: { state: 'loading' } },
			{ key: 'a', outcome: ready(1) }
		]);
	});

	it('drops a stale result when a load for another key started meanwhile', async () => {
		const s = slot();
		const slow = deferred();
		const fast = deferred();
		const first = runKeyedLoad('a', () => slow.promise, s.read, s.write);
		const second = runKeyedLoad('b', () => fast.promise, s.read, s.write);
		fast.resolve(ready(2));
		await second;
		slow.resolve(ready(1));
		await first;
		expect(s.current).toEqual({ key: 'b', outcome: ready(2) });
		expect(s.writes.some((w) => w.key === 'a' && w.outcome.state === 'ready')).toBe(false);
	});

	it('drops a stale error too', async () => {
		const s = slot();
		const slow = deferred();
		const first = runKeyedLoad('a', () => slow.promise, s.read, s.write);
		const second = runKeyedLoad('b', async () => ({ state: 'not_found' }), s.read, s.write);
		await second;
		slow.reject(new Error('late'));
		await first;
		expect(s.current).toEqual({ key: 'b', outcome: { state: 'not_found' } });
	});

	it('a retry of the same key records its own result', async () => {
		const s = slot();
		await runKeyedLoad('a', async () => Promise.reject(new Error('worker died')), s.read, s.write);
		expect(s.current?.outcome).toEqual({ state: 'error', stage: 'engine', message: 'worker died' });
		await runKeyedLoad('a', async () => ready(3), s.read, s.write);
		expect(s.current).toEqual({ key: 'a', outcome: ready(3) });
	});

	it('classifies a thrown error with failedLoad (storage stage kept)', async () => {
		const s = slot();
		const error = Object.assign(new Error('IndexedDB blocked'), { stage: 'storage' });
		await runKeyedLoad('a', () => Promise.reject(error), s.read, s.write);
		expect(s.current?.outcome).toEqual({ state: 'error', stage: 'storage', message: 'IndexedDB blocked' });
	});
});

describe('outcomeFor: the outcome a page shows for its current key', () => {
	const done: KeyedOutcome<LiveOutcome<number>> = { key: 'a', outcome: ready(1) };
	it.each([
		['nothing started', null, 'a', { state: 'loading' }],
		['same key', done, 'a', ready(1)],
		['another key', done, 'b', { state: 'loading' }],
		['no key', done, null, { state: 'loading' }]
	] as const)('%s', (_, current, key, expected) => {
		expect(outcomeFor(current, key)).toEqual(expected);
	});
});
