import { embeddedDatasets } from '../data/catalog';
import type { Connector } from '../db/connector';
import { createNodeConnector } from '../db/node';
import { storeCrosswalk, storeDataset } from '../db/schema';
import { embedded } from '../data/embedded';

let instance: Promise<Connector> | null = null;

/**
 * The build's one DuckDB (Node, same WASM engine as the browser), holding every embedded dataset.
 * Prerendered pages share it: starting DuckDB once per page would cost a second per page.
 */
export function buildDb(): Promise<Connector> {
	instance ??= (async () => {
		const db = await createNodeConnector();
		await storeCrosswalk(db, embedded.reference.crosswalk);
		for (const dataset of embeddedDatasets) await storeDataset(db, dataset);
		return db;
	})();
	return instance;
}
