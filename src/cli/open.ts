import type { Dataset } from '../lib/data/observation';
import type { Connector } from '../lib/db/connector';
import { createNodeConnector } from '../lib/db/node';
import { datasetContents, type PeriodIndicator } from '../lib/db/queries';
import { UsageError } from './args';
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

/**
 * The period and indicator a command works on: the latest of the dataset's contents that match --period and
 * --indicator (each optional). A UsageError names the input when nothing matches.
 */
export async function chooseContents(db: Connector, dataset: Dataset, wanted: { period?: string; indicator?: string }, input: string): Promise<PeriodIndicator> {
	const contents = await datasetContents(db, dataset.info.id);
	const matching = contents.filter((c) => (wanted.period === undefined || c.period === wanted.period) && (wanted.indicator === undefined || c.indicator === wanted.indicator));
	const selected = matching[matching.length - 1];
	if (!selected) throw new UsageError(`no data for the given --period/--indicator in ${input}`);
	return selected;
}
