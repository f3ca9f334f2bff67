import { embedded } from '$lib/data/embedded';
import { createNodeConnector } from '$lib/db/node';
import { datasetContents, unitCounts } from '$lib/db/queries';
import { storeDataset } from '$lib/db/schema';
import type { PageServerLoad } from './$types';

// Runs at build time only (prerender): the same DuckDB queries the page runs later in the browser.
export const load: PageServerLoad = async () => {
	const db = await createNodeConnector();
	try {
		const dataset = embedded.appendix;
		await storeDataset(db, dataset);
		const contents = await datasetContents(db, dataset.info.id);
		const latest = contents[contents.length - 1];
		const selection = { dataset: dataset.info.id, period: latest.period, indicator: latest.indicator };
		const counts = await unitCounts(db, selection);
		return { selection, counts, datasetInfo: dataset.info };
	} finally {
		await db.close();
	}
};
