import { catalogue, embeddedDatasets } from '../data/catalog';
import { publishedDatasets, type PublishedDataset } from '../data/catalogue/history';
import { embedded } from '../data/embedded';
import { unitCounts, type Selection } from '../db/queries';
import { seriesCounts } from '../db/series';
import { periodsForChange, type PeriodCounts } from '../metrics/monitoring';
import type { UnitCounts } from '../metrics/ranking';
import { buildDb } from './build-db';

/** What the prerendered overview holds: the default dataset's latest period, and the list of published periods. */
export interface OverviewData {
	selection: Selection;
	counts: UnitCounts[];
	counts34: UnitCounts[];
	/** The few periods the change columns of `selection` read, on the dataset's units and on the 34 units. */
	change63: PeriodCounts[];
	change34: PeriodCounts[];
	published: PublishedDataset[];
}

export const knownCodes = {
	codes63: new Set(embedded.reference.provinces.map((p) => p.code)),
	codes34: new Set(embedded.reference.units34.map((u) => u.code))
};

/** Build time only: the latest period of the default dataset's first indicator, with its change columns' periods. */
export async function overviewData(): Promise<OverviewData> {
	const db = await buildDb();
	const published = publishedDatasets(embeddedDatasets, catalogue.releases);
	const first = published[0];
	const indicator = first.indicators.find((i) => i.id === embedded.appendix.observations[0]?.indicator) ?? first.indicators[0];
	const period = indicator.periods[indicator.periods.length - 1].period;
	const selection = { dataset: first.info.id, period, indicator: indicator.id };
	const series = { dataset: first.info.id, indicator: indicator.id };
	const on63 = await seriesCounts(db, series, 63, knownCodes);
	const on34 = await seriesCounts(db, series, 34, knownCodes);
	return {
		selection,
		counts: await unitCounts(db, selection),
		counts34: await unitCounts(db, selection, { toUnits34: true }),
		change63: periodsForChange(on63.periods, period),
		change34: periodsForChange(on34.periods, period),
		published
	};
}
