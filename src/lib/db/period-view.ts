// One period of a dataset as the overview shows it, from any engine: the page's DuckDB (src/lib/load)
// for a published or imported period, the build's for the prerendered one (src/lib/server).
import type { Connector } from './connector';
import { unitCounts, type Selection } from './queries';
import { seriesCounts } from './series';
import { periodsForChange, type PeriodCounts } from '../metrics/monitoring';
import type { UnitCounts } from '../metrics/ranking';

/** One period as the overview shows it: its counts, and the few periods its change columns read. */
export interface PeriodView {
	selection: Selection;
	counts: UnitCounts[];
	counts34: UnitCounts[];
	change63: PeriodCounts[];
	change34: PeriodCounts[];
}

export type Known = { codes63: ReadonlySet<string>; codes34: ReadonlySet<string> };

/** The counts of `selection` held in the engine under `engineId`, the change periods included. */
export async function periodView(db: Connector, engineId: string, selection: Selection, known: Known): Promise<PeriodView> {
	const asked = { ...selection, dataset: engineId };
	const series = { dataset: engineId, indicator: selection.indicator };
	const on63 = await seriesCounts(db, series, 63, known);
	const on34 = await seriesCounts(db, series, 34, known);
	return {
		selection,
		counts: await unitCounts(db, asked),
		counts34: await unitCounts(db, asked, { toUnits34: true }),
		change63: periodsForChange(on63.periods, selection.period),
		change34: periodsForChange(on34.periods, selection.period)
	};
}
