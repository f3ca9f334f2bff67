/**
 * Where a page stands with a dataset of this browser's workspace (?dataset=imp-…): the states it shows
 * while the dataset is loaded into its DuckDB and queried, and what went wrong if it could not be.
 */
export type LiveOutcome<V> =
	| { state: 'loading' }
	| { state: 'ready'; name: string; view: V }
	/** The workspace of this browser has no dataset with that id. */
	| { state: 'not_found' }
	/** The dataset holds no figures, or not the indicator the link asks for. */
	| { state: 'no_indicator'; name: string; wanted: string | null; available: string[] }
	| { state: 'error'; stage: 'storage' | 'engine' | 'data'; message: string };

/** The outcomes of a page that loads a whole dataset, not one indicator of it (progress, report). */
export type DatasetOutcome<V> = Exclude<LiveOutcome<V>, { state: 'no_indicator' }>;

/**
 * The failed step of a load: the workspace (LiveDatasetError 'storage'), the figures themselves (a code
 * outside its period's unit set, UnitSetError), or otherwise the DuckDB engine.
 */
export function failedLoad(error: unknown): Extract<LiveOutcome<never>, { state: 'error' }> {
	const message = error instanceof Error ? error.message : String(error);
	const named = error as { stage?: unknown; name?: unknown } | null;
	const stage = named?.stage === 'storage' ? 'storage' : named?.name === 'UnitSetError' ? 'data' : 'engine';
	return { state: 'error', stage, message };
}
