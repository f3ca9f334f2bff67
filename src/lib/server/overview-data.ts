import { catalogue, embeddedDatasets } from '../data/catalog';
import { publishedDatasets, type PublishedDataset } from '../data/catalogue/history';
import { embedded } from '../data/embedded';
import { periodView, type PeriodView } from '../db/period-view';
import { buildDb } from './build-db';

/** What the prerendered overview holds: the default dataset's latest period (as any period is read, periodView), and the list of published periods. */
export interface OverviewData extends PeriodView {
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
	return { ...(await periodView(db, first.info.id, selection, knownCodes)), published };
}
