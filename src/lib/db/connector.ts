import type { Query } from './sql';

export type Row = Record<string, unknown>;

/**
 * The one interface in front of DuckDB. The browser (DuckDB-WASM in a worker) and Node (the same
 * WASM engine, blocking build) implement it, so every query runs the same in the page, in tests,
 * at build-time prerender and in the CLI.
 */
export interface Connector {
	/** Runs a query with bound parameters; integers come back as numbers (bigint only past 2^53). */
	query<T extends Row = Row>(query: Query): Promise<T[]>;
	/** Runs statements that bind no values (DDL, BEGIN/COMMIT). */
	exec(statements: string): Promise<void>;
	/** Runs one prepared statement for many rows of values. */
	runMany(statement: string, rows: readonly (readonly Query['params'][number][])[]): Promise<void>;
	/** Makes a file's text readable by DuckDB's own readers (read_csv) under `name`. */
	registerFileText(name: string, text: string): Promise<void>;
	/** The same for bytes (a chunk of a large file); in the browser the buffer is handed to the worker, not copied. */
	registerFileBuffer(name: string, bytes: Uint8Array): Promise<void>;
	/** Forgets a registered file and frees its memory. */
	dropFile(name: string): Promise<void>;
	close(): Promise<void>;
}

/** Converts one Arrow row to a plain object: bigint → number where it is exact, so JSON and arithmetic work. */
export function plainRow(row: Row): Row {
	const out: Row = {};
	for (const [key, value] of Object.entries(row)) {
		out[key] =
			typeof value === 'bigint' && value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
				? Number(value)
				: value;
	}
	return out;
}

/** Runs `work` inside one transaction: all of it lands, or none of it does. */
export async function inTransaction<R>(db: Connector, work: () => Promise<R>): Promise<R> {
	await db.exec('BEGIN TRANSACTION');
	try {
		const result = await work();
		await db.exec('COMMIT');
		return result;
	} catch (error) {
		await db.exec('ROLLBACK');
		throw error;
	}
}
