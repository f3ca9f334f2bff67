import { error } from '@sveltejs/kit';
import { embeddedDatasets } from '../data/catalog';
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
}

const known: KnownCodes = {
	codes63: new Set(embedded.reference.provinces.map((p) => p.code)),
	codes34: new Set(embedded.reference.units34.map((u) => u.code))
};

async function defaultIndicator(db: Connector): Promise<string | undefined> {
	const contents = await datasetContents(db, embeddedDatasets[0].info.id);
	return contents.at(-1)?.indicator;
}

/** Build time only: the series of every embedded dataset for one unit page, from the build's DuckDB. */
export async function unitPageData(unitSet: UnitSet, code: string): Promise<UnitPageData> {
	const unit = unitsOf(embedded.reference, unitSet).find((u) => u.code === code);
	if (!unit) error(404, `no unit ${code} among the ${unitSet}`);
	const db = await buildDb();
	const views: UnitDatasetView[] = [];
	const preferred = await defaultIndicator(db);
	for (const dataset of embeddedDatasets) {
		const contents = await datasetContents(db, dataset.info.id);
		if (contents.length === 0) continue;
		views.push(await unitDatasetView(db, dataset.info, primaryIndicator(contents, preferred), unitSet, known));
	}
	return { unitSet, code, views };
}

/** Build time only: every embedded dataset's periods on the 63 provinces and on the 34 units, for the map. */
export async function mapPageData(): Promise<{ views: MapDatasetView[] }> {
	const db = await buildDb();
	const views: MapDatasetView[] = [];
	const preferred = await defaultIndicator(db);
	for (const dataset of embeddedDatasets) {
		const contents = await datasetContents(db, dataset.info.id);
		if (contents.length === 0) continue;
		views.push(await mapDatasetView(db, dataset.info, primaryIndicator(contents, preferred), known));
	}
	return { views };
}
