// The page's one coordinator. Creating it starts nothing: DuckDB starts when a query first needs it, and
// the workspace (IndexedDB) is opened when a dataset of it is first asked for.
import { base } from '$app/paths';
import { embedded } from '../data/embedded';
import { historySource, siteFetcher } from './history-source';
import { Coordinator } from './coordinator';
import { memorySource } from './source';
import { workspaceSource } from './workspace-source';

let instance: Coordinator | null = null;

/** Shipped datasets first, then the published histories of the built site, then those imported into this browser. */
export function browserCoordinator(): Coordinator {
	return (instance ??= new Coordinator({
		startEngine: async () => (await import('../db/browser')).browserConnector(),
		sources: [memorySource([embedded.appendix]), historySource(siteFetcher(base)), workspaceSource()],
		crosswalk: embedded.reference.crosswalk
	}));
}

/**
 * Whether a prerendered page recomputes its figures in the browser's DuckDB as soon as it is live (the
 * overview checks the build's figures against the engine's). Off: the 34 MB engine starts only when SQL is
 * needed (an imported dataset) or the reader asks to recompute.
 */
export const RECHECK_PRERENDERED: boolean = false;
