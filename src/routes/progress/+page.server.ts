import { embeddedDatasets } from '$lib/data/catalog';
import { shippedTargets } from '$lib/data/embedded-targets';
import { datasetContents } from '$lib/db/queries';
import { nationalSeries, unitSeries, type NationalPoint, type UnitSeriesPoint } from '$lib/db/period-queries';
import { buildDb } from '$lib/server/build-db';
import type { PageServerLoad } from './$types';

// Runs at build time only (prerender): every embedded dataset's series, per unit and national, from the build DuckDB.
export const load: PageServerLoad = async () => {
	const db = await buildDb();
	const datasets = [];
	for (const dataset of embeddedDatasets) {
		const contents = await datasetContents(db, dataset.info.id);
		const indicators = [...new Set(contents.map((c) => c.indicator))];
		const series: Record<string, UnitSeriesPoint[]> = {};
		const national: Record<string, NationalPoint[]> = {};
		for (const indicator of indicators) {
			series[indicator] = await unitSeries(db, { dataset: dataset.info.id, indicator });
			national[indicator] = await nationalSeries(db, { dataset: dataset.info.id, indicator });
		}
		datasets.push({ info: dataset.info, series, national });
	}
	return { datasets, targets: shippedTargets };
};
