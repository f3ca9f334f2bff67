import { embedded } from './embedded';
import { illustrative2019 } from './illustrative/embedded-illustrative';
import type { Dataset } from './observation';

/**
 * The datasets shipped with the app, first one the default. Real and illustrative datasets are
 * never mixed in one view: a page shows one dataset at a time and labels illustrative ones.
 */
export const embeddedDatasets: readonly Dataset[] = [embedded.appendix, illustrative2019];

export function findEmbeddedDataset(id: string): Dataset | undefined {
	return embeddedDatasets.find((d) => d.info.id === id);
}
