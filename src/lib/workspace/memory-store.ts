import type { DatasetStore, KeyValueStore, StoredDataset } from './types';

const copy = <T>(x: T): T => structuredClone(x);

/** A DatasetStore in memory (tests, and a fallback when the browser refuses IndexedDB). */
export function createMemoryStore(): DatasetStore {
	const items = new Map<string, StoredDataset>();
	return {
		async list() {
			return [...items.values()].map((s) => copy(s.entry)).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
		},
		async get(id) {
			const s = items.get(id);
			return s ? copy(s) : null;
		},
		async put(stored) {
			items.set(stored.entry.id, copy(stored));
		},
		async rename(id, name) {
			const s = items.get(id);
			if (s) s.entry = { ...s.entry, name, updatedAt: new Date().toISOString() };
		},
		async remove(id) {
			items.delete(id);
		}
	};
}

export function createMemoryKeyValues(initial: Record<string, string> = {}): KeyValueStore & { dump(): Record<string, string> } {
	const map = new Map(Object.entries(initial));
	return {
		keys: () => [...map.keys()],
		get: (k) => map.get(k) ?? null,
		set: (k, v) => void map.set(k, v),
		dump: () => Object.fromEntries(map)
	};
}
