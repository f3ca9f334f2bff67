// Browser-only: one period of a published or imported dataset, from the page's DuckDB (the one data path).
import { historyId } from '../data/catalogue/history';
import { unitCounts, type Selection } from '../db/queries';
import { seriesCounts } from '../db/series';
import type { Connector } from '../db/connector';
import { periodsForChange, type PeriodCounts } from '../metrics/monitoring';
import type { UnitCounts } from '../metrics/ranking';
import { browserCoordinator } from './browser';

/** One period as the overview shows it: its counts, and the few periods its change columns read. */
export interface PeriodView {
	selection: Selection;
	counts: UnitCounts[];
	counts34: UnitCounts[];
	change63: PeriodCounts[];
	change34: PeriodCounts[];
}

type Known = { codes63: ReadonlySet<string>; codes34: ReadonlySet<string> };

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

/**
 * A published period that is not the prerendered one: the history file of its dataset and indicator is
 * fetched and stored in DuckDB once (the coordinator), then queried. Null when the site has no such file.
 */
export async function loadPublishedPeriod(selection: Selection, known: Known): Promise<PeriodView | null> {
	const id = historyId(selection.dataset, selection.indicator);
	const live = await browserCoordinator().open(id);
	if (!live) return null;
	const view = await periodView(live.db, id, selection, known);
	performance.mark('period-ready'); // read by npm run bench
	return view;
}
