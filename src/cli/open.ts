import type { Dataset } from '../lib/data/observation';
import type { Connector } from '../lib/db/connector';
import { createNodeConnector } from '../lib/db/node';
import type { Reference } from '../lib/geo/reference';
import { Coordinator, LiveDatasetError } from '../lib/load/coordinator';
import { memorySource } from '../lib/load/source';

/**
 * The CLI's way in to the one data path: the file it read is a dataset source, and the coordinator puts it
 * (with the crosswalk) into a DuckDB started for this command. `close` ends the engine.
 */
export async function openDataset(dataset: Dataset, reference: Reference): Promise<{ db: Connector; close: () => Promise<void> }> {
	const coordinator = new Coordinator({ startEngine: createNodeConnector, sources: [memorySource([dataset], 'file')], crosswalk: reference.crosswalk });
	try {
		const opened = await coordinator.open(dataset.info.id);
		if (!opened) throw new Error(`dataset ${dataset.info.id} was not found in its own source`);
		return { db: opened.db, close: () => coordinator.close() };
	} catch (error) {
		await coordinator.close();
		// The CLI names a query or data failure by its own class (exit codes): the step's wrapper goes.
		throw error instanceof LiveDatasetError ? error.cause : error;
	}
}
