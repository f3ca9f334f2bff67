/** A small, strict reader of "--name value" options: unknown or repeated options are errors. */
export class UsageError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UsageError';
	}
}

export function readOptions(argv: readonly string[], known: readonly string[]): Map<string, string> {
	const options = new Map<string, string>();
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
		const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
		if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
		if (options.has(name)) throw new UsageError(`--${name} given twice`);
		const value = inline ?? argv[++i];
		if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
		options.set(name, value);
	}
	return options;
}

export function oneOf<T extends string>(options: Map<string, string>, name: string, allowed: readonly T[], fallback: T): T {
	const value = options.get(name) ?? fallback;
	if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`--${name} is one of ${allowed.join(', ')}; got "${value}"`);
	return value as T;
}

/** The options of every command that may read a raw dossier log with native DuckDB. */
export const ENGINE_OPTIONS = ['memory', 'threads'] as const;

/**
 * --memory (DuckDB's memory_limit, e.g. 3GB or 800MB: past it, the aggregation spills to a temporary
 * folder) and --threads (default: every core), checked; absent ones are left to the defaults.
 */
export function engineChoices(options: Map<string, string>): { memoryLimit?: string; threads?: number } {
	const choices: { memoryLimit?: string; threads?: number } = {};
	const memory = options.get('memory');
	if (memory !== undefined) {
		if (!/^\d+(\.\d+)?\s*(MB|GB|MiB|GiB)$/i.test(memory)) throw new UsageError(`--memory is like 3GB or 800MB; got "${memory}"`);
		choices.memoryLimit = memory;
	}
	const threads = options.get('threads');
	if (threads !== undefined) {
		const n = Number(threads);
		if (!/^\d+$/.test(threads.trim()) || !Number.isInteger(n) || n < 1) throw new UsageError(`--threads is a whole number ≥ 1; got "${threads}"`);
		choices.threads = n;
	}
	return choices;
}
