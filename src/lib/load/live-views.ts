// Browser-only: loads a workspace dataset (?dataset=imp-…) into the page's DuckDB and makes the figures a
// unit page or the map shows, with the same queries the build runs for the embedded datasets.
import type { DatasetInfo } from '../data/observation';
import { embedded } from '../data/embedded';
import type { Connector } from '../db/connector';
import { datasetContents } from '../db/queries';
import { chooseIndicator, indicatorsOf, mapDatasetView, unitDatasetView, type KnownCodes, type MapDatasetView, type UnitDatasetView } from '../db/unit-views';
import type { UnitSet } from '../geo/types';
import { browserCoordinator } from './browser';
import { failedLoad, type LiveOutcome } from './live-outcome';

const known: KnownCodes = {
	codes63: new Set(embedded.reference.provinces.map((p) => p.code)),
	codes34: new Set(embedded.reference.units34.map((u) => u.code))
};

export interface LiveRequest {
	id: string;
	/** ?indicator=ID, or null for the dataset's primary indicator. */
	indicator: string | null;
	/** The default dataset's indicator, preferred when the dataset holds it (as for the embedded ones). */
	preferred: string | undefined;
}

async function loadLive<V>(request: LiveRequest, make: (db: Connector, info: DatasetInfo, indicator: string) => Promise<V>): Promise<LiveOutcome<V>> {
	try {
		const live = await browserCoordinator().open(request.id);
		if (!live) return { state: 'not_found' };
		const contents = await datasetContents(live.db, request.id);
		const indicator = chooseIndicator(contents, request.indicator, request.preferred);
		if (indicator === null) return { state: 'no_indicator', name: live.name, wanted: request.indicator, available: indicatorsOf(contents) };
		return { state: 'ready', name: live.name, view: await make(live.db, live.info, indicator) };
	} catch (error) {
		console.warn(error);
		return failedLoad(error);
	}
}

export function loadLiveUnitView(request: LiveRequest, unitSet: UnitSet): Promise<LiveOutcome<UnitDatasetView>> {
	return loadLive(request, (db, info, indicator) => unitDatasetView(db, info, indicator, unitSet, known));
}

export function loadLiveMapView(request: LiveRequest): Promise<LiveOutcome<MapDatasetView>> {
	return loadLive(request, (db, info, indicator) => mapDatasetView(db, info, indicator, known));
}
