import type { DatasetInfo, Observation } from '../data/observation';

/** What the workspace list shows of a stored dataset, without loading its figures. */
export interface WorkspaceEntry {
	id: string;
	/** The user's name for it (renamable); starts as the file name. */
	name: string;
	info: DatasetInfo;
	/** ISO timestamps. */
	createdAt: string;
	updatedAt: string;
	observations: number;
	periods: string[];
	indicators: string[];
}

export interface StoredDataset {
	entry: WorkspaceEntry;
	observations: Observation[];
}

/** Where imported datasets live: IndexedDB in the page, memory in tests. Every write is all-or-nothing. */
export interface DatasetStore {
	list(): Promise<WorkspaceEntry[]>;
	get(id: string): Promise<StoredDataset | null>;
	put(stored: StoredDataset): Promise<void>;
	rename(id: string, name: string): Promise<void>;
	remove(id: string): Promise<void>;
}

/** The slice of localStorage the workspace file carries: every key starting with "bhxh.". */
export interface KeyValueStore {
	keys(): string[];
	get(key: string): string | null;
	set(key: string, value: string): void;
}

export const LOCAL_KEY_PREFIX = 'bhxh.';
