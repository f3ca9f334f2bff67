import { catalogue, embeddedDatasets } from '$lib/data/catalog';
import { citationOf, releaseOf, type ReleaseCitation } from '$lib/data/catalogue/release-line';
import { datasetContents, unitCounts } from '$lib/db/queries';
import { buildDb } from '$lib/server/build-db';
import type { UnitCounts } from '$lib/metrics/ranking';
import type { DatasetInfo } from '$lib/data/observation';
import type { PageServerLoad } from './$types';

export interface ReportChoice {
	period: string;
	indicator: string;
	counts63: UnitCounts[];
	counts34: UnitCounts[];
	/** The release these figures come from, cited in every export. */
	release: ReleaseCitation | null;
}

// Build time only: every embedded dataset, period and indicator with its counts for 63 and 34 units
// (the same DuckDB queries as the CLI). A few kilobytes: the page then needs no engine to export.
export const load: PageServerLoad = async () => {
	const db = await buildDb();
	const datasets: { info: DatasetInfo; choices: ReportChoice[] }[] = [];
	for (const dataset of embeddedDatasets) {
		const choices: ReportChoice[] = [];
		for (const c of await datasetContents(db, dataset.info.id)) {
			const selection = { dataset: dataset.info.id, period: c.period, indicator: c.indicator };
			choices.push({
				period: c.period,
				indicator: c.indicator,
				counts63: await unitCounts(db, selection),
				counts34: dataset.info.unitSet === 63 ? await unitCounts(db, selection, { toUnits34: true }) : [],
				release: citationOf(releaseOf(catalogue.releases, dataset.info.id, c.period, c.indicator))
			});
		}
		datasets.push({ info: dataset.info, choices });
	}
	return { datasets };
};
