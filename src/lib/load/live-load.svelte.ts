import { untrack } from 'svelte';
import { outcomeFor, runKeyedLoad, type KeyedOutcome } from '$lib/load/keyed-load';
import type { LiveOutcome } from '$lib/load/live-outcome';

/**
 * A page's load of a dataset of this browser's workspace, keyed by what it was asked for (id, indicator…):
 * a newer key wins over a slower older load, errors become an 'error' outcome (failedLoad). O is what a
 * finished load gives, e.g. LiveOutcome<UnitDatasetView>.
 */
export class LiveLoad<O extends LiveOutcome<unknown>> {
	current = $state.raw<KeyedOutcome<O> | null>(null);

	/** Starts a load for `key` (again, if it is the current one: a retry). */
	load(key: string, work: () => Promise<O>): Promise<void> {
		return runKeyedLoad(
			key,
			work,
			() => this.current,
			(next) => (this.current = next)
		);
	}

	/** For an $effect: starts a load when `key` is set and not the one last started. */
	follow(key: string | null, work: () => Promise<O>): void {
		if (key !== null && untrack(() => this.current?.key) !== key) void this.load(key, work);
	}

	/** Where the load for `key` stands (loading until one for that key has started and finished). */
	outcome(key: string | null): KeyedOutcome<O>['outcome'] {
		return outcomeFor(this.current, key);
	}
}
