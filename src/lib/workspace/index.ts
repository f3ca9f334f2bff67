// The browser's workspace: imported datasets in IndexedDB, settings in localStorage ("bhxh.*").
// Import only in the browser (onMount or an event handler): it touches indexedDB and localStorage.
import type { Dataset } from '../data/observation';
import { createIdbStore } from './idb-store';
import type { KeyValueStore, WorkspaceEntry } from './types';
import { createWorkspace, type Workspace } from './workspace';

export { newDatasetId } from './entry';
export type { WorkspaceEntry } from './types';
export { WorkspaceFileError } from './workspace-file';

const browserLocal: KeyValueStore = {
	keys: () => Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!).filter(Boolean),
	get: (k) => localStorage.getItem(k),
	set: (k, v) => localStorage.setItem(k, v)
};

let instance: Workspace | null = null;

export function browserWorkspace(): Workspace {
	return (instance ??= createWorkspace(createIdbStore(), browserLocal));
}

/**
 * Saves an aggregated dataset into the browser workspace under `dataset.info.id` (use newDatasetId() for a
 * new one); an existing dataset with that id is replaced as a whole. The name shown in the list is `name`,
 * else info.titleVi. The raw dossier-log import calls this with its per-province counts.
 */
export async function saveImportedDataset(dataset: Dataset, name?: string): Promise<WorkspaceEntry> {
	return browserWorkspace().save(dataset, name);
}

export async function loadImportedDataset(id: string): Promise<Dataset | null> {
	return browserWorkspace().load(id);
}
