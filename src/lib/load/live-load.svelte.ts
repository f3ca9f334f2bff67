import { untrack } from 'svelte';
import { LoadClient, type LoadClientOptions } from './client';
import { outcomeFor, type KeyedOutcome } from './keyed-load';
import type { LiveOutcome } from './live-outcome';

/**
 * A page's LoadClient with its state in Svelte: `current` is reactive, so what a page derives from
 * `outcome(key)` follows the newest request. O is what a finished load gives, e.g. LiveOutcome<UnitDatasetView>.
 */
export class LiveLoad<O extends LiveOutcome<unknown>> {
	current = $state.raw<KeyedOutcome<O> | null>(null);
	/** The latest ready outcome of any key: what a page keeps showing while a newer request loads. */
	latestReady = $state.raw<Extract<O, { state: 'ready' }> | null>(null);
	#client: LoadClient<O>;

	constructor(options: Omit<LoadClientOptions<O>, 'onchange'> = {}) {
		this.#client = new LoadClient<O>({
			...options,
			onchange: (next) => {
				this.current = next;
				if (next.outcome.state === 'ready') this.latestReady = next.outcome as Extract<O, { state: 'ready' }>;
			}
		});
	}

	/** Starts a load for `key` (again, if it is the current one: a retry). */
	load(key: string, work: () => Promise<O>): Promise<void> {
		return this.#client.request(key, work);
	}

	/** For an $effect: starts a load when `key` is set and not the one last started. */
	follow(key: string | null, work: () => Promise<O>): void {
		untrack(() => this.#client.follow(key, work));
	}

	/** Where the load for `key` stands (loading until one for that key has started and finished). */
	outcome(key: string | null): KeyedOutcome<O>['outcome'] {
		return outcomeFor(this.current, key);
	}
}

