// Browser-only: loads a workspace dataset (?dataset=imp-…) into the page's DuckDB and makes the figures a
// unit page or the map shows, with the same queries the build runs for the embedded datasets.
import type { DatasetInfo } from '../data/observation';
import { embedded } from '../data/embedded';
import type { Connector } from '../db/connector';
import { datasetContents } from '../db/queries';
import { chooseIndicator, indicatorsOf, mapDatasetView, unitDatasetView, type KnownCodes, type MapDatasetView, type UnitDatasetView } from '../db/unit-views';
import type { UnitSet } from '../geo/types';
import { historyId } from '../data/catalogue/history';
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
	/** ?period=ID, or null for the latest. */
	period: string | null;
	/** The default dataset's indicator, preferred when the dataset holds it (as for the embedded ones). */
	preferred: string | undefined;
}

/**
 * The dataset in the engine: one of this browser's workspace (or the shipped appendix) by its id, else a
 * published dataset's history file for the asked (or preferred) indicator, stored under its history id.
 */
async function openLive(request: LiveRequest, published: boolean) {
	const coordinator = browserCoordinator();
	const direct = await coordinator.open(request.id);
	if (direct) return { live: direct, engineId: request.id };
	const indicator = request.indicator ?? request.preferred;
	// Only a dataset the page knows as published has history files: nothing is asked of the site for another id.
	if (!published || indicator === undefined) return null;
	const id = historyId(request.id, indicator);
	const history = await coordinator.open(id);
	return history && { live: history, engineId: id };
}

async function loadLive<V extends { info: DatasetInfo }>(
	request: LiveRequest,
	make: (db: Connector, info: DatasetInfo, indicator: string) => Promise<V>,
	infoOf: (id: string) => DatasetInfo | undefined
): Promise<LiveOutcome<V>> {
	try {
		const published = infoOf(request.id);
		const opened = await openLive(request, published !== undefined);
		if (!opened) return { state: 'not_found' };
		const { live, engineId } = opened;
		const contents = await datasetContents(live.db, engineId);
		const indicator = chooseIndicator(contents, request.indicator, request.preferred);
		const name = published?.titleVi ?? live.name;
		if (indicator === null) return { state: 'no_indicator', name, wanted: request.indicator, available: indicatorsOf(contents) };
		const view = await make(live.db, { ...live.info, id: engineId }, indicator);
		return { state: 'ready', name, view: { ...view, info: published ?? live.info } };
	} catch (error) {
		console.warn(error);
		return failedLoad(error);
	}
}

/** `infoOf` names a published dataset (the page's prerendered views know them). */
export function loadLiveUnitView(request: LiveRequest, unitSet: UnitSet, code: string, infoOf: (id: string) => DatasetInfo | undefined = () => undefined): Promise<LiveOutcome<UnitDatasetView>> {
	return loadLive(request, (db, info, indicator) => unitDatasetView(db, info, indicator, unitSet, known, { code, period: request.period }), infoOf);
}

export function loadLiveMapView(request: LiveRequest, infoOf: (id: string) => DatasetInfo | undefined = () => undefined): Promise<LiveOutcome<MapDatasetView>> {
	return loadLive(request, (db, info, indicator) => mapDatasetView(db, info, indicator, known), infoOf);
}
