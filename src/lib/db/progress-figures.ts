import type { DatasetInfo } from '../data/observation';
import { unitSetOfPeriod } from '../geo/crosswalk';
import type { UnitSet } from '../geo/types';
import type { Connector } from './connector';
import { nationalSeries, unitSeries, type NationalPoint, type UnitSeriesPoint } from './period-queries';
import { datasetContents } from './queries';
import { seriesCounts } from './series';

/**
 * What the progress page needs of one dataset: every indicator's series per unit and national.
 * The build (prerender, embedded datasets) and the page (imported datasets, the browser's DuckDB) both
 * make it here, with the same queries, so both kinds of data go through the same derivations.
 */
export interface ProgressFigures {
	info: DatasetInfo;
	/** The units of `series`: the 63 provinces, or the 34 units once any period is from 1 July 2025. */
	unitSet: UnitSet;
	series: Record<string, UnitSeriesPoint[]>;
	national: Record<string, NationalPoint[]>;
}

export interface KnownUnits {
	codes63: ReadonlySet<string>;
	codes34: ReadonlySet<string>;
}

const byCodeThenPeriod = (a: UnitSeriesPoint, b: UnitSeriesPoint) =>
	a.code < b.code ? -1 : a.code > b.code ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0;

/**
 * The figures of a dataset already stored in `db` (storeDataset). A dataset with periods from 1 July 2025
 * is followed on the 34 units: earlier periods are summed onto them through the crosswalk (which `db`
 * must hold: storeCrosswalk), so that a unit's line runs across the merger; a code that does not belong
 * to its period's unit set is an error naming both.
 */
export async function progressFigures(db: Connector, info: DatasetInfo, known: KnownUnits): Promise<ProgressFigures> {
	const contents = await datasetContents(db, info.id);
	const unitSet: UnitSet = contents.some((c) => unitSetOfPeriod(c.period) === 34) ? 34 : 63;
	const indicators = [...new Set(contents.map((c) => c.indicator))].sort();
	const series: Record<string, UnitSeriesPoint[]> = {};
	const national: Record<string, NationalPoint[]> = {};
	for (const indicator of indicators) {
		const selection = { dataset: info.id, indicator };
		if (unitSet === 63) series[indicator] = await unitSeries(db, selection);
		else {
			const on34 = await seriesCounts(db, selection, 34, known);
			series[indicator] = on34.periods.flatMap((p) => p.counts.map((c) => ({ code: c.code, period: p.period, electronic: c.electronic, total: c.total }))).sort(byCodeThenPeriod);
		}
		national[indicator] = await nationalSeries(db, selection);
	}
	return { info, unitSet, series, national };
}
