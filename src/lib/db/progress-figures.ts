import type { DatasetInfo } from '../data/observation';
import type { Connector } from './connector';
import { nationalSeries, unitSeries, type NationalPoint, type UnitSeriesPoint } from './period-queries';
import { datasetContents } from './queries';

/**
 * What the progress page needs of one dataset: every indicator's series per unit and national.
 * The build (prerender, embedded datasets) and the page (imported datasets, the browser's DuckDB) both
 * make it here, with the same queries, so both kinds of data go through the same derivations.
 */
export interface ProgressFigures {
	info: DatasetInfo;
	series: Record<string, UnitSeriesPoint[]>;
	national: Record<string, NationalPoint[]>;
}

/** The figures of a dataset already stored in `db` (storeDataset). */
export async function progressFigures(db: Connector, info: DatasetInfo): Promise<ProgressFigures> {
	const contents = await datasetContents(db, info.id);
	const indicators = [...new Set(contents.map((c) => c.indicator))].sort();
	const series: Record<string, UnitSeriesPoint[]> = {};
	const national: Record<string, NationalPoint[]> = {};
	for (const indicator of indicators) {
		series[indicator] = await unitSeries(db, { dataset: info.id, indicator });
		national[indicator] = await nationalSeries(db, { dataset: info.id, indicator });
	}
	return { info, series, national };
}
