import type { DatasetStore, StoredDataset, WorkspaceEntry } from './types';

const DB_NAME = 'bhxh-workspace';
const VERSION = 1;
const META = 'entries';
const DATA = 'observations';

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
}

function open(): Promise<IDBDatabase> {
	const req = indexedDB.open(DB_NAME, VERSION);
	req.onupgradeneeded = () => {
		const db = req.result;
		if (!db.objectStoreNames.contains(META)) db.createObjectStore(META, { keyPath: 'id' });
		if (!db.objectStoreNames.contains(DATA)) db.createObjectStore(DATA);
	};
	return request(req);
}

/**
 * Imported datasets in IndexedDB (they survive reloads). The list and the figures are two stores written in
 * one transaction, so a dataset is either wholly there or not at all.
 */
export function createIdbStore(): DatasetStore {
	let dbPromise: Promise<IDBDatabase> | null = null;
	const db = () => (dbPromise ??= open());
	return {
		async list() {
			const tx = (await db()).transaction(META, 'readonly');
			const all = await request(tx.objectStore(META).getAll() as IDBRequest<WorkspaceEntry[]>);
			return all.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
		},
		async get(id) {
			const tx = (await db()).transaction([META, DATA], 'readonly');
			const entry = await request(tx.objectStore(META).get(id) as IDBRequest<WorkspaceEntry | undefined>);
			if (!entry) return null;
			const observations = await request(tx.objectStore(DATA).get(id) as IDBRequest<StoredDataset['observations'] | undefined>);
			return { entry, observations: observations ?? [] };
		},
		async put(stored) {
			const tx = (await db()).transaction([META, DATA], 'readwrite');
			tx.objectStore(META).put(stored.entry);
			tx.objectStore(DATA).put(stored.observations, stored.entry.id);
			await done(tx);
		},
		async rename(id, name) {
			const tx = (await db()).transaction(META, 'readwrite');
			const store = tx.objectStore(META);
			const entry = await request(store.get(id) as IDBRequest<WorkspaceEntry | undefined>);
			if (entry) store.put({ ...entry, name, updatedAt: new Date().toISOString() });
			await done(tx);
		},
		async remove(id) {
			const tx = (await db()).transaction([META, DATA], 'readwrite');
			tx.objectStore(META).delete(id);
			tx.objectStore(DATA).delete(id);
			await done(tx);
		}
	};
}
