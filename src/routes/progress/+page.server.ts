import { catalogue, embeddedDatasets } from '$lib/data/catalog';
import { latestRelease, publishedDatasets } from '$lib/data/catalogue/history';
import { embedded } from '$lib/data/embedded';
import { shippedTargets } from '$lib/data/embedded-targets';
import { progressFigures } from '$lib/db/progress-figures';
import { buildDb } from '$lib/server/build-db';
import type { PageServerLoad } from './$types';

// Runs at build time only (prerender): every embedded dataset's series, per unit and national, from the
// build DuckDB. Imported datasets get the same figures in the browser (progressFigures on the page's DuckDB).
export const load: PageServerLoad = async () => {
	const db = await buildDb();
	const { provinces, units34 } = embedded.reference;
	const known = { codes63: new Set(provinces.map((p) => p.code)), codes34: new Set(units34.map((u) => u.code)) };
	const datasets = [];
	for (const dataset of embeddedDatasets) datasets.push(await progressFigures(db, dataset.info, known));
	const published = publishedDatasets(embeddedDatasets, catalogue.releases);
	const releases = Object.fromEntries(published.map((d) => [d.info.id, latestRelease(d)]));
	return { datasets, targets: shippedTargets, releases };
};
