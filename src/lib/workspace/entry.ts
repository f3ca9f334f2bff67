import type { Dataset } from '../data/observation';
import type { StoredDataset, WorkspaceEntry } from './types';

/** A fresh id for an imported dataset, never one of the embedded ids. */
export function newDatasetId(now: Date = new Date(), random: () => number = Math.random): string {
	return `imp-${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 4).toString(36).padStart(4, '0')}`;
}

export function entryOf(dataset: Dataset, name: string, now: string, createdAt = now): WorkspaceEntry {
	const periods = [...new Set(dataset.observations.map((o) => o.period))].sort();
	const indicators = [...new Set(dataset.observations.map((o) => o.indicator))].sort();
	return { id: dataset.info.id, name, info: dataset.info, createdAt, updatedAt: now, observations: dataset.observations.length, periods, indicators };
}

export function toStored(dataset: Dataset, name: string, now: string, createdAt?: string): StoredDataset {
	return { entry: entryOf(dataset, name, now, createdAt), observations: dataset.observations };
}

export function toDataset(stored: StoredDataset): Dataset {
	return { info: stored.entry.info, observations: stored.observations };
}
