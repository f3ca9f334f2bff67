import { outcomeFor, runKeyedLoad, type KeyedOutcome } from './keyed-load';
import type { LiveOutcome } from './live-outcome';

/** Before any request: nothing asked for yet. */
export type Idle = { state: 'idle' };

export interface LoadClientOptions<O> {
	/** Called with every change of where the client stands (a Svelte wrapper keeps it in $state). */
	onchange?: (current: KeyedOutcome<O>) => void;
	/** Called once per failed request, with the error as thrown; the outcome is an 'error' state. */
	onerror?: (error: unknown) => void;
	/** Keeps each key's ready outcome: asking again for a key already answered does not query again. */
	cache?: boolean;
}

/**
 * One client of the data path (Mosaic's MosaicClient: prepare → query → pending → result | error).
 * Its lifecycle: idle → loading → ready | not_found | no_indicator | error. Requests are keyed by what
 * they ask for; the newest request wins, so a slower, older answer is dropped; a thrown error becomes
 * one 'error' outcome (failedLoad) and is reported once through `onerror`.
 */
export class LoadClient<O extends LiveOutcome<unknown>> {
	#current: KeyedOutcome<O> | null = null;
	#cache = new Map<string, O>();

	constructor(private readonly options: LoadClientOptions<O> = {}) {}

	get current(): KeyedOutcome<O> | null {
		return this.#current;
	}

	/** idle until the first request; then where the latest request stands. */
	get state(): Idle | KeyedOutcome<O>['outcome'] {
		return this.#current === null ? { state: 'idle' } : this.#current.outcome;
	}

	#write(next: KeyedOutcome<O>): void {
		this.#current = next;
		if (this.options.cache && next.outcome.state === 'ready') this.#cache.set(next.key, next.outcome as O);
		this.options.onchange?.(next);
	}

	/** Starts a request for `key` (again, if it is the current one: a retry). */
	request(key: string, query: () => Promise<O>): Promise<void> {
		const cached = this.#cache.get(key);
		if (cached) {
			this.#write({ key, outcome: cached });
			return Promise.resolve();
		}
		return runKeyedLoad(
			key,
			async () => {
				try {
					return await query();
				} catch (error) {
					this.options.onerror?.(error);
					throw error;
				}
			},
			() => this.#current,
			(next) => this.#write(next)
		);
	}

	/** Starts a request when `key` is set and not the one last requested (what a page's $effect calls). */
	follow(key: string | null, query: () => Promise<O>): void {
		if (key !== null && this.#current?.key !== key) void this.request(key, query);
	}

	/** Where the request for `key` stands (loading until one for that key has started and finished). */
	outcome(key: string | null): KeyedOutcome<O>['outcome'] {
		return outcomeFor(this.#current, key);
	}
}
