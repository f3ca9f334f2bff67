import { untrack } from 'svelte';
import type { LiveRequest } from '$lib/components/units/live-views';
import type { LiveOutcome } from '$lib/workspace/live-outcome';
import { chooseDatasetView, datasetLinkParams, shownDatasetView, type DatasetViewLike } from './dataset-view';
import { LiveLoad } from './live-load.svelte';

export interface DatasetViewInput<V> {
	/** ?dataset=ID (null before the page is live: the prerendered default). */
	datasetId: string | null;
	/** ?indicator=ID, or null. */
	indicator: string | null;
	/** The page's prerendered views; views[0] is the default. */
	views: readonly V[];
}

/**
 * The dataset a unit page or the map shows (call during component init: it sets up an $effect): an
 * embedded view, or a dataset imported into this browser loaded with `load` (a newer link wins over a
 * slower older load). `placeholder` is what is shown while an imported dataset is not ready.
 */
export function liveDatasetView<V extends DatasetViewLike>(
	input: () => DatasetViewInput<V>,
	load: (request: LiveRequest) => Promise<LiveOutcome<V>>,
	placeholder: (defaultView: V) => V
) {
	const live = new LiveLoad<LiveOutcome<V>>();
	const views = $derived(input().views);
	const choice = $derived.by(() => {
		const { views, datasetId, indicator } = input();
		return chooseDatasetView(views, datasetId, indicator);
	});
	$effect(() => {
		const { liveKey: key, importedId: id, wantedIndicator: indicator } = choice;
		if (id === null) return;
		live.follow(key, () => load({ id, indicator, preferred: untrack(() => views[0].indicator) }));
	});
	const outcome = $derived(live.outcome(choice.liveKey));
	const liveView = $derived(outcome.state === 'ready' ? outcome.view : null);
	const chosen = $derived(shownDatasetView(choice, liveView, views, placeholder));
	const linkDataset = $derived(datasetLinkParams(choice, views));
	return {
		get importedId() {
			return choice.importedId;
		},
		get wantedIndicator() {
			return choice.wantedIndicator;
		},
		get embeddedView() {
			return choice.embeddedView;
		},
		/** Where the load of the imported dataset stands. */
		get outcome() {
			return outcome;
		},
		/** The imported dataset's view once ready, else null. */
		get liveView() {
			return liveView;
		},
		/** The view the page shows. */
		get chosen() {
			return chosen;
		},
		/** False while an imported dataset is not ready: the page shows its state, no figures. */
		get figuresShown() {
			return choice.importedId === null || liveView !== null;
		},
		/** ?dataset (and ?indicator) for the page's links. */
		get linkDataset() {
			return linkDataset;
		}
	};
}
