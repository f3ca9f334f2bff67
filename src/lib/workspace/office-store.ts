import type { OfficeObservation } from '../data/rawlog/offices';

/**
 * Counts per receiving office of an imported raw log, kept beside the dataset (by its id) in the
 * browser's localStorage: small (a few thousand rows), read by the unit pages. Not in the workspace
 * file: office names are as the log wrote them and stay on this browser.
 */
const KEY = (datasetId: string) => `bhxh-offices:${datasetId}`;

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Saves the offices of a dataset; false when the browser refuses (storage full or disabled). */
export function saveOffices(datasetId: string, offices: readonly OfficeObservation[], store: Store = localStorage): boolean {
	try {
		if (offices.length === 0) store.removeItem(KEY(datasetId));
		else store.setItem(KEY(datasetId), JSON.stringify(offices));
		return true;
	} catch {
		return false;
	}
}

/** The offices of a dataset, or [] when it has none (no office column, or another browser). */
export function loadOffices(datasetId: string, store: Store = localStorage): OfficeObservation[] {
	try {
		const text = store.getItem(KEY(datasetId));
		const parsed: unknown = text ? JSON.parse(text) : [];
		return Array.isArray(parsed) ? (parsed as OfficeObservation[]) : [];
	} catch {
		return [];
	}
}
