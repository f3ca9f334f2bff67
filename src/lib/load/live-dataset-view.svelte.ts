import { untrack } from 'svelte';
import type { LiveRequest } from '$lib/load/live-views';
import type { LiveOutcome } from '$lib/load/live-outcome';
import { chooseDatasetView, datasetLinkParams, shownDatasetView, type DatasetViewLike } from '../state/dataset-view';
import { LiveLoad } from './live-load.svelte';

export interface DatasetViewInput<V> {
	/** The page's URL parameters (?dataset=ID, ?indicator=ID), or null before the page is live: the prerendered default. */
	params: URLSearchParams | null;
	/** The page's prerendered views; views[0] is the default. */
	views: readonly V[];
}

/** The dataset a page shows, as liveDatasetView follows it. */
export interface LiveDatasetView<V> {
	/** A dataset of this browser's workspace the link names, or a published one at another period or indicator (null: a prerendered view). */
	readonly importedId: string | null;
	/** The dataset loaded live is a published one (its history file), not one of this browser's workspace. */
	readonly published: boolean;
	readonly wantedIndicator: string | null;
	readonly embeddedView: V | undefined;
	/** Where the load of the imported dataset stands. */
	readonly outcome: LiveOutcome<V>;
	/** The imported dataset's view once ready, else null. */
	readonly liveView: V | null;
	/** The view the page shows. */
	readonly chosen: V;
	/** False while an imported dataset is not ready: the page shows its state, no figures. */
	readonly figuresShown: boolean;
	/** ?dataset (and ?indicator) for the page's links. */
	readonly linkDataset: URLSearchParams;
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
): LiveDatasetView<V> {
	const live = new LiveLoad<LiveOutcome<V>>();
	const views = $derived(input().views);
	const choice = $derived.by(() => {
		const { views, params } = input();
		return chooseDatasetView(views, params?.get('dataset') ?? null, params?.get('indicator') ?? null, params?.get('period') ?? null);
	});
	$effect(() => {
		const { liveKey: key, importedId: id, wantedIndicator: indicator, wantedPeriod: period } = choice;
		if (id === null) return;
		live.follow(key, () => load({ id, indicator, period, preferred: untrack(() => views[0].indicator) }));
	});
	const outcome = $derived(live.outcome(choice.liveKey));
	const liveView = $derived(outcome.state === 'ready' ? outcome.view : null);
	const chosen = $derived(shownDatasetView(choice, liveView, views, placeholder));
	const linkDataset = $derived(datasetLinkParams(choice, views));
	return {
		get importedId() {
			return choice.importedId;
		},
		get published() {
			return choice.published;
		},
		get wantedIndicator() {
			return choice.wantedIndicator;
		},
		get embeddedView() {
			return choice.embeddedView;
		},
		get outcome() {
			return outcome;
		},
		get liveView() {
			return liveView;
		},
		get chosen() {
			return chosen;
		},
		get figuresShown() {
			return choice.importedId === null || liveView !== null;
		},
		get linkDataset() {
			return linkDataset;
		}
	};
}
