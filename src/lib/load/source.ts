import type { Dataset, DatasetInfo } from '../data/observation';

/**
 * "A dataset the app can show", whatever its origin: the files shipped with the site (and published
 * releases), the datasets imported into this browser's workspace, or a file the CLI was given. Pages and
 * the CLI ask the coordinator for a dataset by id; the coordinator asks its sources.
 */
export interface DatasetSource {
	readonly origin: 'shipped' | 'workspace' | 'file';
	/** What the source holds under `id`, without its figures; null when it holds none. */
	find(id: string): Promise<SourceEntry | null>;
	/** The figures of `id`: read once per version, when a query needs them in the engine. */
	read(id: string): Promise<Dataset | null>;
}

export interface SourceEntry {
	info: DatasetInfo;
	/** The name shown for it: the user's name for an imported dataset, the title for a shipped one. */
	name: string;
	/** Changes when the figures change (a dataset replaced or re-imported): stored again in the engine. */
	version: string;
	/** When it was last written (ISO), for an imported dataset; '' otherwise. */
	updatedAt: string;
}

/** Datasets held in memory: the shipped files once parsed, or the file the CLI read. */
export function memorySource(datasets: readonly Dataset[], origin: 'shipped' | 'file' = 'shipped'): DatasetSource {
	const byId = new Map(datasets.map((d) => [d.info.id, d]));
	return {
		origin,
		async find(id) {
			const dataset = byId.get(id);
			return dataset ? { info: dataset.info, name: dataset.info.titleVi, version: origin, updatedAt: '' } : null;
		},
		async read(id) {
			return byId.get(id) ?? null;
		}
	};
}
