import { error } from '@sveltejs/kit';
import { embeddedDatasets } from '../data/catalog';
import { embedded } from '../data/embedded';
import { datasetContents, unitCounts } from '../db/queries';
import { seriesCounts, type PeriodCounts } from '../db/series';
import { unitsOf } from '../geo/crosswalk';
import type { UnitSet } from '../geo/types';
import { buildDb } from './build-db';

export interface UnitPageData {
	unitSet: UnitSet;
	code: string;
	datasetInfo: (typeof embeddedDatasets)[number]['info'];
	indicator: string;
	series: PeriodCounts[];
	excluded: string[];
	/** For a 34-unit: the 63 provinces' figures in the latest period reported on them (the page shows its old provinces, ranked among 63). */
	parts: PeriodCounts | null;
}

const known = {
	codes63: new Set(embedded.reference.provinces.map((p) => p.code)),
	codes34: new Set(embedded.reference.units34.map((u) => u.code))
};

/** Build time only: the series of the default dataset for one unit page, from the build's DuckDB. */
export async function unitPageData(unitSet: UnitSet, code: string): Promise<UnitPageData> {
	const unit = unitsOf(embedded.reference, unitSet).find((u) => u.code === code);
	if (!unit) error(404, `no unit ${code} among the ${unitSet}`);
	const db = await buildDb();
	const dataset = embeddedDatasets[0];
	const contents = await datasetContents(db, dataset.info.id);
	const indicator = contents[contents.length - 1].indicator;
	const selection = { dataset: dataset.info.id, indicator };
	const series = await seriesCounts(db, selection, unitSet, known);
	let parts: PeriodCounts | null = null;
	if (unitSet === 34) {
		const old = await seriesCounts(db, selection, 63, known);
		const last = old.periods[old.periods.length - 1];
		if (last) parts = last;
	}
	return { unitSet, code, datasetInfo: dataset.info, indicator, series: series.periods, excluded: series.excluded, parts };
}

/** Build time only: the latest period's counts of the default dataset on both unit sets, for the map. */
export async function mapPageData() {
	const db = await buildDb();
	const dataset = embeddedDatasets[0];
	const contents = await datasetContents(db, dataset.info.id);
	const latest = contents[contents.length - 1];
	const selection = { dataset: dataset.info.id, period: latest.period, indicator: latest.indicator };
	return {
		selection,
		datasetInfo: dataset.info,
		counts63: await unitCounts(db, selection),
		counts34: await unitCounts(db, selection, { toUnits34: true })
	};
}
