// Browser-only: import this module dynamically (onMount or an event), never during SSR. It opens the
// workspace (IndexedDB) and the page's DuckDB (a worker).
import type { DatasetInfo } from '../data/observation';
import { browserConnector } from '../db/browser';
import type { Connector } from '../db/connector';
import { storeDataset } from '../db/schema';
import { browserWorkspace } from './index';

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

const loaded = new Map<string, Promise<LiveDataset | null>>();

async function load(id: string): Promise<LiveDataset | null> {
	let stored;
	try {
		const workspace = browserWorkspace();
		const [dataset, entries] = await Promise.all([workspace.load(id), workspace.list()]);
		stored = dataset ? { dataset, name: entries.find((e) => e.id === id)?.name ?? dataset.info.titleVi } : null;
	} catch (error) {
		throw new LiveDatasetError('storage', error);
	}
	if (!stored) return null;
	try {
		const db = await browserConnector();
		await storeDataset(db, stored.dataset);
		return { info: stored.dataset.info, name: stored.name, db };
	} catch (error) {
		throw new LiveDatasetError('engine', error);
	}
}

/**
 * Loads a dataset of the workspace into the page's DuckDB, once per page: later calls for the same id
 * share the first load. Null when this browser's workspace has no dataset with that id. A failed or
 * empty load is forgotten, so that a retry (or a dataset imported meanwhile) is read afresh.
 */
export function liveDataset(id: string): Promise<LiveDataset | null> {
	let pending = loaded.get(id);
	if (!pending) {
		pending = load(id);
		loaded.set(id, pending);
		pending.then(
			(found) => {
				if (!found) loaded.delete(id);
			},
			() => loaded.delete(id)
		);
	}
	return pending;
}
