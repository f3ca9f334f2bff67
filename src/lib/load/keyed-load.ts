import { failedLoad, type LiveOutcome } from './live-outcome';

type Loading = { state: 'loading' };
type Failed = ReturnType<typeof failedLoad>;

/**
 * The last load a page started: what it was for (its key) and where it stands. O is what a finished load
 * gives (a LiveOutcome or a narrower union of its states); loading and a failure are always possible.
 */
export interface KeyedOutcome<O> {
	key: string;
	outcome: O | Loading | Failed;
}

/**
 * Runs one load for `key`: records it as loading, then records what `work` gave (a thrown error classified
 * by failedLoad) only if no load for another key started meanwhile, so a slow stale result never
 * overwrites the newer one.
 */
export async function runKeyedLoad<O extends LiveOutcome<unknown>>(
	key: string,
	work: () => Promise<O>,
	read: () => KeyedOutcome<O> | null,
	write: (next: KeyedOutcome<O>) => void
): Promise<void> {
	write({ key, outcome: { state: 'loading' } });
	let outcome: KeyedOutcome<O>['outcome'];
	try {
		outcome = await work();
	} catch (error) {
		outcome = failedLoad(error);
	}
	if (read()?.key === key) write({ key, outcome });
}

/** The outcome for `key`: the recorded one when it is that key's, otherwise still loading. */
export function outcomeFor<O>(current: KeyedOutcome<O> | null, key: string | null): KeyedOutcome<O>['outcome'] {
	return current !== null && current.key === key ? current.outcome : { state: 'loading' };
}
