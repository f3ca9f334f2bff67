import { embedded } from '$lib/data/embedded';
import { datasetContents, unitCounts } from '$lib/db/queries';
import { buildDb } from '$lib/server/build-db';
import type { PageServerLoad } from './$types';

// Runs at build time only (prerender): the same DuckDB queries the page runs later in the browser.
export const load: PageServerLoad = async () => {
	const db = await buildDb();
	const dataset = embedded.appendix;
	const contents = await datasetContents(db, dataset.info.id);
	const latest = contents[contents.length - 1];
	const selection = { dataset: dataset.info.id, period: latest.period, indicator: latest.indicator };
	const counts = await unitCounts(db, selection);
	const counts34 = await unitCounts(db, selection, { toUnits34: true });
	return { selection, counts, counts34, datasetInfo: dataset.info };
};
