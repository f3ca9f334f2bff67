import { failedLoad, type LiveOutcome } from './live-outcome';

/** The last load a page started: what it was for (its key) and where it stands. */
export interface KeyedOutcome<V> {
	key: string;
	outcome: LiveOutcome<V>;
}

/**
 * Runs one load for `key`: records it as loading, then records what `work` gave (a thrown error classified
 * by failedLoad) only if no load for another key started meanwhile, so a slow stale result never
 * overwrites the newer one.
 */
export async function runKeyedLoad<V>(
	key: string,
	work: () => Promise<LiveOutcome<V>>,
	read: () => KeyedOutcome<V> | null,
	write: (next: KeyedOutcome<V>) => void
): Promise<void> {
	write({ key, outcome: { state: 'loading' } });
	let outcome: LiveOutcome<V>;
	try {
		outcome = await work();
	} catch (error) {
		outcome = failedLoad(error);
	}
	if (read()?.key === key) write({ key, outcome });
}

/** The outcome for `key`: the recorded one when it is that key's, otherwise still loading. */
export function outcomeFor<V>(current: KeyedOutcome<V> | null, key: string | null): LiveOutcome<V> {
	return current !== null && current.key === key ? current.outcome : { state: 'loading' };
}
