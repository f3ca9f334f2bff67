import { datasetParams } from './unit-links';

/** A dataset's view as a unit page or the map has it: prerendered (embedded) or made in this browser. */
export interface DatasetViewLike {
	info: { id: string };
	indicator: string;
	/** The periods the view can show, oldest first; the prerendered view shows the last. */
	periods?: readonly string[];
}

/** What ?dataset and ?indicator ask a page for, given its prerendered (embedded) views; views[0] is the default. */
export interface DatasetChoice<V> {
	/** The embedded view the link names, if it names one. */
	embeddedView: V | undefined;
	/** A dataset of this browser's workspace: the link names a dataset that is not embedded. */
	importedId: string | null;
	/** ?indicator=ID, or null. */
	wantedIndicator: string | null;
	/** ?period=ID, or null (the latest). */
	wantedPeriod: string | null;
	/** The dataset to load is one the page has prerendered (a published one), at another period or indicator. */
	published: boolean;
	/** What the live load of the imported dataset is keyed by (null: nothing to load). */
	liveKey: string | null;
}

export function chooseDatasetView<V extends DatasetViewLike>(
	views: readonly V[],
	datasetId: string | null,
	wantedIndicator: string | null,
	wantedPeriod: string | null = null
): DatasetChoice<V> {
	// Another period or indicator of the default dataset is asked for without naming it.
	const id = datasetId ?? (wantedIndicator !== null || wantedPeriod !== null ? (views[0]?.info.id ?? null) : null);
	const named = views.find((v) => v.info.id === id);
	// A page whose views hold every period (the map) picks the period itself: it needs no load for one.
	if ((named ?? views[0])?.periods === undefined) wantedPeriod = null;
	const fits =
		named !== undefined &&
		(wantedIndicator === null || wantedIndicator === named.indicator) &&
		(wantedPeriod === null || named.periods === undefined || named.periods[named.periods.length - 1] === wantedPeriod);
	const embeddedView = fits ? named : undefined;
	const importedId = id !== null && !fits ? id : null;
	const liveKey = importedId === null ? null : `${importedId}|${wantedIndicator ?? ''}|${wantedPeriod ?? ''}`;
	return { embeddedView, importedId, wantedIndicator, wantedPeriod, published: importedId !== null && named !== undefined, liveKey };
}

/**
 * The view a page shows: the imported dataset's once it is ready — until then `placeholder` (the default's
 * dataset info without figures), so the page shows the load's state and not the default's figures — or
 * the embedded one the link names, or the default.
 */
export function shownDatasetView<V>(
	choice: DatasetChoice<V>,
	liveView: V | null,
	views: readonly V[],
	placeholder: (defaultView: V) => V
): V {
	if (choice.importedId !== null) return liveView ?? placeholder(views[0]);
	return choice.embeddedView ?? views[0];
}

/** The ?dataset (and ?indicator) that links from the page carry so the next page shows the same dataset. */
export function datasetLinkParams<V extends DatasetViewLike>(choice: DatasetChoice<V>, views: readonly V[]): URLSearchParams {
	if (choice.importedId !== null) {
		const params = datasetParams(choice.importedId, choice.wantedIndicator);
		if (choice.wantedPeriod !== null) params.set('period', choice.wantedPeriod);
		return params;
	}
	const named = choice.embeddedView && choice.embeddedView !== views[0] ? choice.embeddedView : null;
	return datasetParams(named ? named.info.id : null);
}
