import type { Dataset } from '../data/observation';
import type { Connector } from '../db/connector';
import { storeCrosswalk, storeDataset } from '../db/schema';
import type { DatasetSource, SourceEntry } from './source';

/** Which step failed: reading a source (the workspace), or the DuckDB engine (start or store). */
export class LiveDatasetError extends Error {
	constructor(
		readonly stage: 'storage' | 'engine',
		cause: unknown
	) {
		super(cause instanceof Error ? cause.message : String(cause), { cause });
		this.name = 'LiveDatasetError';
	}
}

async function attempt<T>(stage: LiveDatasetError['stage'], work: () => Promise<T>): Promise<T> {
	try {
		return await work();
	} catch (error) {
		throw error instanceof LiveDatasetError ? error : new LiveDatasetError(stage, error);
	}
}

/** A dataset stored in the engine under its id, ready for the query layer. */
export interface OpenDataset extends SourceEntry {
	id: string;
	origin: DatasetSource['origin'];
	db: Connector;
}

export interface CoordinatorOptions {
	/** Starts the engine; called at most once while it succeeds (a failed start is retried on the next need). */
	startEngine: () => Promise<Connector>;
	/** Asked in order for a dataset id; the first that holds it answers. */
	sources: readonly DatasetSource[];
	/** The 63 → 34 crosswalk, stored once before the first dataset so figures of both sides of 1 July 2025 meet. */
	crosswalk: ReadonlyMap<string, string>;
}

/**
 * The one owner of the engine and of what is in it (Mosaic's Coordinator plays this part for its clients).
 * Nothing starts until a query needs it: `engine()` and `open()` start DuckDB on their first call, once;
 * each dataset version goes into it once, however many pages or clients ask for it.
 */
export class Coordinator {
	#engine: Promise<Connector> | null = null;
	#stored = new Map<string, Promise<void>>();
	#crosswalk: Promise<void> | null = null;

	constructor(private readonly options: CoordinatorOptions) {}

	/** True once the engine has been asked for (started or starting). */
	get started(): boolean {
		return this.#engine !== null;
	}

	/** The engine, started on first use. */
	engine(): Promise<Connector> {
		if (!this.#engine) {
			const starting = this.options.startEngine();
			this.#engine = starting;
			starting.catch(() => {
				if (this.#engine === starting) this.#engine = null;
			});
		}
		return this.#engine;
	}

	/** What the sources hold under `id` (no engine needed); null when none does. */
	async find(id: string): Promise<(SourceEntry & { source: DatasetSource }) | null> {
		for (const source of this.options.sources) {
			const entry = await attempt('storage', () => source.find(id));
			if (entry) return { ...entry, source };
		}
		return null;
	}

	/**
	 * The dataset `id` stored in the engine (once per version: a replaced or re-imported dataset is stored
	 * again, a failed store is retried), or null when no source holds it.
	 */
	async open(id: string): Promise<OpenDataset | null> {
		const found = await this.find(id);
		if (!found) return null;
		const { source, ...entry } = found;
		await this.#storeOnce(`${source.origin}:${id}@${entry.version}`, async () => {
			const dataset = await attempt('storage', () => source.read(id));
			if (!dataset) throw new LiveDatasetError('storage', new Error(`dataset ${id} vanished from the workspace while loading`));
			return dataset;
		});
		const db = await attempt('engine', () => this.engine());
		return { ...entry, id, origin: source.origin, db };
	}

	/** Closes the engine if it was started (the CLI, at the end of a command). */
	async close(): Promise<void> {
		const engine = this.#engine;
		this.#engine = null;
		this.#stored.clear();
		this.#crosswalk = null;
		if (engine) await (await engine).close();
	}

	/** Puts a dataset just made (an import) into the engine, replacing an earlier copy under its id. */
	async remember(dataset: Dataset): Promise<void> {
		const db = await this.engine();
		await storeDataset(db, dataset);
	}

	#storeOnce(key: string, read: () => Promise<Dataset>): Promise<void> {
		let pending = this.#stored.get(key);
		if (!pending) {
			pending = (async () => {
				const dataset = await read();
				await attempt('engine', async () => {
					const db = await this.engine();
					await this.#withCrosswalk(db);
					await storeDataset(db, dataset);
				});
			})();
			this.#stored.set(key, pending);
			pending.catch(() => this.#stored.delete(key));
		}
		return pending;
	}

	#withCrosswalk(db: Connector): Promise<void> {
		if (!this.#crosswalk) {
			const storing = storeCrosswalk(db, this.options.crosswalk);
			this.#crosswalk = storing;
			storing.catch(() => (this.#crosswalk = null));
		}
		return this.#crosswalk;
	}
}
