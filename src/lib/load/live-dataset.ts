// Browser-only: import this module dynamically (onMount or an event), never during SSR. It opens the
// workspace (IndexedDB) and the page's DuckDB (a worker).
import { embedded } from '../data/embedded';
import type { DatasetInfo } from '../data/observation';
import { browserConnector } from '../db/browser';
import type { Connector } from '../db/connector';
import { storeCrosswalk, storeDataset } from '../db/schema';
import { browserWorkspace } from '../workspace/index';

/** An imported dataset stored in the page's DuckDB under its id, ready for the query layer. */
export interface LiveDataset {
	info: DatasetInfo;
	/** The name the user gave it in the workspace. */
	name: string;
	db: Connector;
}

/** Which step failed: reading the workspace, or the DuckDB engine (start or store). */
export class LiveDatasetError extends Error {
	constructor(
		readonly stage: 'storage' | 'engine',
		cause: unknown
	) {
		super(cause instanceof Error ? cause.message : String(cause), { cause });
		this.name = 'LiveDatasetError';
	}
}

async function attempt<T>(stage: LiveDatasetError['stage'], work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw error instanceof LiveDatasetError ? error : new LiveDatasetError(stage, error);
	}
}

/** Versions of datasets already in the page's DuckDB ("id@updatedAt"), or on their way there. */
const stored = new Map<string, Promise<void>>();

function storeOnce(id: string, version: string): Promise<void> {
	const key = `${id}@${version}`;
	let pending = stored.get(key);
	if (!pending) {
		pending = (async () => {
			const dataset = await attempt('storage', () => browserWorkspace().load(id));
			if (!dataset) throw new LiveDatasetError('storage', new Error(`dataset ${id} vanished from the workspace while loading`));
			await attempt('engine', async () => {
				const db = await browserConnector();
				// The crosswalk lets figures from both sides of 1 July 2025 meet on the 34 units.
				await storeCrosswalk(db, embedded.reference.crosswalk);
				await storeDataset(db, dataset);
			});
		})();
		stored.set(key, pending);
		pending.catch(() => stored.delete(key));
	}
	return pending;
}

/**
 * Loads a dataset of the workspace into the page's DuckDB and returns the connector; null when this
 * browser's workspace has no dataset with that id. The figures go into DuckDB once per page and version:
 * a dataset replaced or re-imported meanwhile (a newer updatedAt) is stored again, a failed load is retried.
 */
export async function liveDataset(id: string): Promise<LiveDataset | null> {
	const entry = await attempt('storage', async () => (await browserWorkspace().list()).find((e) => e.id === id));
	if (!entry) return null;
	await storeOnce(id, entry.updatedAt);
	const db = await attempt('engine', () => browserConnector());
	return { info: entry.info, name: entry.name, db };
}
