import type { Dataset } from '../data/observation';
import { toDataset, toStored } from './entry';
import { LOCAL_KEY_PREFIX, type DatasetStore, type KeyValueStore, type WorkspaceEntry } from './types';
import { parseWorkspaceFile, workspaceJson } from './workspace-file';

/** The user's workspace: imported datasets plus the "bhxh.*" settings, over any store (IndexedDB, memory). */
export function createWorkspace(store: DatasetStore, local: KeyValueStore, clock: () => Date = () => new Date()) {
	return {
		list: (): Promise<WorkspaceEntry[]> => store.list(),

		async load(id: string): Promise<Dataset | null> {
			const stored = await store.get(id);
			return stored ? toDataset(stored) : null;
		},

		/** Saves (or replaces, keeping its name and creation date) a dataset under its info.id. */
		async save(dataset: Dataset, name: string = dataset.info.titleVi): Promise<WorkspaceEntry> {
			const existing = await store.get(dataset.info.id);
			const now = clock().toISOString();
			const stored = toStored(dataset, existing?.entry.name ?? name, now, existing?.entry.createdAt);
			await store.put(stored);
			return stored.entry;
		},

		rename: (id: string, name: string) => store.rename(id, name.trim() || id),
		remove: (id: string) => store.remove(id),

		async exportJson(): Promise<string> {
			const entries = await store.list();
			const datasets = [];
			for (const e of entries) {
				const s = await store.get(e.id);
				if (s) datasets.push(s);
			}
			const settings: Record<string, string> = {};
			for (const k of local.keys().filter((k) => k.startsWith(LOCAL_KEY_PREFIX)).sort()) settings[k] = local.get(k) ?? '';
			return workspaceJson(datasets, settings, clock().toISOString());
		},

		/** Checks the whole file first, then adds its datasets (same id → replaced) and settings. */
		async importJson(text: string): Promise<{ datasets: number; settings: number }> {
			const file = parseWorkspaceFile(text);
			for (const d of file.datasets) await store.put(d);
			for (const [k, v] of Object.entries(file.localStorage)) local.set(k, v);
			return { datasets: file.datasets.length, settings: Object.keys(file.localStorage).length };
		}
	};
}

export type Workspace = ReturnType<typeof createWorkspace>;
