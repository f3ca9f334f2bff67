import { error } from '@sveltejs/kit';
import { embeddedDatasets } from '../data/catalog';
import type { DatasetInfo } from '../data/observation';
import { embedded } from '../data/embedded';
import type { Connector } from '../db/connector';
import { datasetContents, type PeriodIndicator } from '../db/queries';
import { seriesCounts, type PeriodCounts } from '../db/series';
import { unitsOf } from '../geo/crosswalk';
import type { UnitSet } from '../geo/types';
import { buildDb } from './build-db';

/** One embedded dataset as a unit page shows it. */
export interface UnitDatasetView {
	info: DatasetInfo;
	indicator: string;
	/** Periods oldest first, on the page's unit set. */
	series: PeriodCounts[];
	/** Periods that cannot be shown on this unit set (34-unit figures on a 63-province page). */
	excluded: string[];
	/** For a 34-unit page: the 63 provinces' figures in the latest period reported on them. */
	parts: PeriodCounts | null;
}

export interface UnitPageData {
	unitSet: UnitSet;
	code: string;
	/** Every embedded dataset, the default first; the page picks one with ?dataset=ID. */
	views: UnitDatasetView[];
}

const known = {
	codes63: new Set(embedded.reference.provinces.map((p) => p.code)),
	codes34: new Set(embedded.reference.units34.map((u) => u.code))
};

/**
 * The indicator a page shows for a dataset: the default dataset's (the appendix's benefits field) when
 * the dataset has it, so that all datasets compare like with like; otherwise the first it holds.
 */
export function primaryIndicator(contents: readonly PeriodIndicator[], preferred: string | undefined): string {
	const ids = [...new Set(contents.map((c) => c.indicator))];
	return preferred !== undefined && ids.includes(preferred) ? preferred : ids.sort()[0];
}

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
		const indicator = primaryIndicator(contents, preferred);
		const selection = { dataset: dataset.info.id, indicator };
		const series = await seriesCounts(db, selection, unitSet, known);
		let parts: PeriodCounts | null = null;
		if (unitSet === 34) {
			const old = await seriesCounts(db, selection, 63, known);
			parts = old.periods[old.periods.length - 1] ?? null;
		}
		views.push({ info: dataset.info, indicator, series: series.periods, excluded: series.excluded, parts });
	}
	return { unitSet, code, views };
}

/** One embedded dataset as the map shows it: every period on each unit set, oldest first (empty when none fits). */
export interface MapDatasetView {
	info: DatasetInfo;
	indicator: string;
	periods63: PeriodCounts[];
	periods34: PeriodCounts[];
}

/** Build time only: every embedded dataset's periods on the 63 provinces and on the 34 units, for the map. */
export async function mapPageData(): Promise<{ views: MapDatasetView[] }> {
	const db = await buildDb();
	const views: MapDatasetView[] = [];
	const preferred = await defaultIndicator(db);
	for (const dataset of embeddedDatasets) {
		const contents = await datasetContents(db, dataset.info.id);
		if (contents.length === 0) continue;
		const indicator = primaryIndicator(contents, preferred);
		const selection = { dataset: dataset.info.id, indicator };
		const on63 = await seriesCounts(db, selection, 63, known);
		const on34 = await seriesCounts(db, selection, 34, known);
		views.push({ info: dataset.info, indicator, periods63: on63.periods, periods34: on34.periods });
	}
	return { views };
}
