import { message } from '../i18n/t';
// Browser-only: loads a workspace dataset into the page's DuckDB for the overview (?dataset=<id>).
import type { DatasetInfo } from '../data/observation';
import { datasetContents, unitCounts, type PeriodIndicator, type Selection } from '../db/queries';
import type { UnitCounts } from '../metrics/ranking';
import { chooseSelection } from '../state/dataset-selection';
import { browserCoordinator } from './browser';

export interface LoadedView {
	info: DatasetInfo;
	contents: PeriodIndicator[];
	selection: Selection;
	counts: UnitCounts[];
	/** The same figures summed onto the 34 units through the crosswalk. */
	counts34: UnitCounts[];
}

export function datasetNotFound(id: string, locale: 'vi' | 'en'): string {
	return message(locale, 'dataset.notInWorkspace', { id });
}

/** Puts an imported dataset into the page's DuckDB (once per version) and queries the chosen period and indicator. */
export async function loadImportedView(id: string, wanted: { period: string | null; indicator: string | null }): Promise<LoadedView | null> {
	const live = await browserCoordinator().open(id);
	if (!live) return null;
	const { db, info } = live;
	const contents = await datasetContents(db, id);
	const chosen = chooseSelection(contents, wanted);
	if (!chosen) return null;
	const selection = { dataset: id, ...chosen };
	return {
		info,
		contents,
		selection,
		counts: await unitCounts(db, selection),
		counts34: await unitCounts(db, selection, { toUnits34: true })
	};
}
