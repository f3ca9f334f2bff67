// Browser-only: one period of a published or imported dataset, from the page's DuckDB (the one data path).
import { historyId } from '../data/catalogue/history';
import { periodView, type Known, type PeriodView } from '../db/period-view';
import type { Selection } from '../db/queries';
import { browserCoordinator } from './browser';

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
