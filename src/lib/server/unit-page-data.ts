import { error } from '@sveltejs/kit';
import { catalogue, embeddedDatasets } from '../data/catalog';
import { publishedDatasets, type PublishedPeriod } from '../data/catalogue/history';
import { embedded } from '../data/embedded';
import type { Connector } from '../db/connector';
import { datasetContents } from '../db/queries';
import { mapDatasetView, primaryIndicator, unitDatasetView, type KnownCodes, type MapDatasetView, type UnitDatasetView } from '../db/unit-views';
import { unitsOf } from '../geo/crosswalk';
import type { UnitSet } from '../geo/types';
import { buildDb } from './build-db';

export { primaryIndicator, type MapDatasetView, type UnitDatasetView };

export interface UnitPageData {
	unitSet: UnitSet;
	code: string;
	/** Every embedded dataset, the default first; the page picks one with ?dataset=ID. */
	views: UnitDatasetView[];
	/** Per dataset, the releases of the periods of the indicator its view shows (the page's release line). */
	releases: ViewReleases;
}

export type ViewReleases = Record<string, { indicator: string; periods: PublishedPeriod[] }>;

/** The release of each published period of the views' indicators: a few bytes per period. */
function viewReleases(views: readonly { info: { id: string }; indicator: string }[]): ViewReleases {
	const published = publishedDatasets(embeddedDatasets, catalogue.releases);
	const out: ViewReleases = {};
	for (const v of views) {
		const periods = published.find((d) => d.info.id === v.info.id)?.indicators.find((i) => i.id === v.indicator)?.periods ?? [];
		out[v.info.id] = { indicator: v.indicator, periods };
	}
	return out;
}

const known: KnownCodes = {
	codes63: new Set(embedded.reference.provinces.map((p) => p.code)),
	codes34: new Set(embedded.reference.units34.map((u) => u.code))
};

async function defaultIndicator(db: Connector): Promise<string | undefined> {
	const contents = await datasetContents(db, embeddedDatasets[0].info.id);
	return contents.at(-1)?.indicator;
}

/** Build time only: every embedded dataset's latest two periods and the unit's own history, from the build's DuckDB. */
export async function unitPageData(unitSet: UnitSet, code: string): Promise<UnitPageData> {
	const unit = unitsOf(embedded.reference, unitSet).find((u) => u.code === code);
	if (!unit) error(404, `no unit ${code} among the ${unitSet}`);
	const db = await buildDb();
	const views: UnitDatasetView[] = [];
	const preferred = await defaultIndicator(db);
	for (const dataset of embeddedDatasets) {
		const contents = await datasetContents(db, dataset.info.id);
		if (contents.length === 0) continue;
		views.push(await unitDatasetView(db, dataset.info, primaryIndicator(contents, preferred), unitSet, known, { code }));
	}
	return { unitSet, code, views, releases: viewReleases(views) };
}

/** Build time only: every embedded dataset's periods on the 63 provinces and on the 34 units, for the map. */
export async function mapPageData(): Promise<{ views: MapDatasetView[]; releases: ViewReleases }> {
	const db = await buildDb();
	const views: MapDatasetView[] = [];
	const preferred = await defaultIndicator(db);
	for (const dataset of embeddedDatasets) {
		const contents = await datasetContents(db, dataset.info.id);
		if (contents.length === 0) continue;
		views.push(await mapDatasetView(db, dataset.info, primaryIndicator(contents, preferred), known));
	}
	return { views, releases: viewReleases(views) };
}
