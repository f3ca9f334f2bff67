import { overviewData } from '$lib/server/overview-data';
import { embeddedDatasets } from '$lib/data/catalog';
import type { PageServerLoad } from './$types';

// Runs at build time only (prerender): the same DuckDB queries the page runs later in the browser.
export const load: PageServerLoad = async () => {
	const data = await overviewData();
	return { ...data, datasetInfo: embeddedDatasets[0].info };
};
