// Browser-only: loads a workspace dataset into the page's DuckDB for the overview (?dataset=<id>).
import type { DatasetInfo } from '../../data/observation';
import type { Connector } from '../../db/connector';
import { datasetContents, unitCounts, type PeriodIndicator, type Selection } from '../../db/queries';
import { storeDataset } from '../../db/schema';
import type { UnitCounts } from '../../metrics/ranking';
import { chooseSelection } from '../../state/dataset-selection';

export interface LoadedView {
	info: DatasetInfo;
	contents: PeriodIndicator[];
	selection: Selection;
	counts: UnitCounts[];
	/** The same figures summed onto the 34 units through the crosswalk (the caller stores the crosswalk). */
	counts34: UnitCounts[];
}

const loaded = new Set<string>();

export function datasetNotFound(id: string, locale: 'vi' | 'en'): string {
	return locale === 'vi'
		? `Không có bộ số liệu "${id}" trong không gian làm việc của trình duyệt này (trang Nhập số liệu).`
		: `There is no dataset "${id}" in this browser’s workspace (see the Import page).`;
}

/** Puts an imported dataset into DuckDB (once per page) and queries the chosen period and indicator. */
export async function loadImportedView(db: Connector, id: string, wanted: { period: string | null; indicator: string | null }): Promise<LoadedView | null> {
	const { loadImportedDataset } = await import('../../workspace/index');
	const dataset = await loadImportedDataset(id);
	if (!dataset) return null;
	if (!loaded.has(id)) {
		await storeDataset(db, dataset);
		loaded.add(id);
	}
	const contents = await datasetContents(db, id);
	const chosen = chooseSelection(contents, wanted);
	if (!chosen) return null;
	const selection = { dataset: id, ...chosen };
	return {
		info: dataset.info,
		contents,
		selection,
		counts: await unitCounts(db, selection),
		counts34: await unitCounts(db, selection, { toUnits34: true })
	};
}
