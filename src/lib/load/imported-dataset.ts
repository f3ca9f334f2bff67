import { message } from '../i18n/t';
// Browser-only: loads a workspace dataset into the page's DuckDB for the overview (?dataset=<id>).
import type { DatasetInfo } from '../data/observation';
import { datasetContents, type PeriodIndicator } from '../db/queries';
import { chooseSelection } from '../state/dataset-selection';
import { browserCoordinator } from './browser';
import { periodView, type PeriodView } from '../db/period-view';

export interface LoadedView extends PeriodView {
	info: DatasetInfo;
	contents: PeriodIndicator[];
}

export function datasetNotFound(id: string, locale: 'vi' | 'en'): string {
	return message(locale, 'dataset.notInWorkspace', { id });
}

/** Puts an imported dataset into the page's DuckDB (once per version) and queries the chosen period and indicator. */
export async function loadImportedView(
	id: string,
	wanted: { period: string | null; indicator: string | null },
	known: { codes63: ReadonlySet<string>; codes34: ReadonlySet<string> }
): Promise<LoadedView | null> {
	const live = await browserCoordinator().open(id);
	if (!live) return null;
	const { db, info } = live;
	const contents = await datasetContents(db, id);
	const chosen = chooseSelection(contents, wanted);
	if (!chosen) return null;
	return { info, contents, ...(await periodView(db, id, { dataset: id, ...chosen }, known)) };
}
