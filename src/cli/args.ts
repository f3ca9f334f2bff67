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
