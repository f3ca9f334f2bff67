// Node only: native DuckDB (@duckdb/node-api) for national volumes in `cli aggregate`. The page and the
// other commands use the WASM engine (./node.ts); the raw-log SQL (./rawlog-sql.ts) is tested on both.
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { plainRow, type Connector, type Row } from './connector';
import { QueryError } from './query-error';
import type { Param, Query } from './sql';
import type { ScanEngine } from './rawlog-onepass';

export interface NativeOptions {
	/** DuckDB's memory_limit, e.g. "4GB": past it, aggregation spills to `tempDirectory`. */
	memoryLimit?: string;
	tempDirectory?: string;
	threads?: number;
}

function value(p: Param): DuckDBValue {
	return p as DuckDBValue;
}

function jsRow(row: Record<string, unknown>): Row {
	const out: Row = {};
	for (const [k, v] of Object.entries(row)) out[k] = v;
	return plainRow(out);
}

export interface NativeEngine extends ScanEngine {
	connection: DuckDBConnection;
}

/** A native DuckDB in memory behind the project's Connector, with a scan engine that can be interrupted. */
export async function createNativeEngine(options: NativeOptions = {}): Promise<NativeEngine> {
	// Rows need not come out in file order (every result is aggregated): the CSV reader and the
	// aggregation then run on all threads without keeping order.
	const config: Record<string, string> = { preserve_insertion_order: 'false' };
	if (options.memoryLimit) config.memory_limit = options.memoryLimit;
	if (options.tempDirectory) config.temp_directory = options.tempDirectory;
	if (options.threads) config.threads = String(options.threads);
	const instance = await DuckDBInstance.create(':memory:', config);
	const connection = await instance.connect();

	async function run(sqlText: string, params: readonly Param[]): Promise<Row[]> {
		try {
			const reader = await connection.runAndReadAll(sqlText, params.length ? params.map(value) : undefined);
			return reader.getRowObjectsJS().map(jsRow);
		} catch (error) {
			throw new QueryError(sqlText, params, error);
		}
	}

	const db: Connector = {
		async query<T extends Row = Row>(q: Query): Promise<T[]> {
			return (await run(q.sql, q.params)) as T[];
		},
		async exec(statements) {
			try {
				await connection.run(statements);
			} catch (error) {
				throw new QueryError(statements, [], error);
			}
		},
		async runMany(statement, rows) {
			for (const values of rows) await run(statement, values);
		},
		async registerFileText() {
			throw new Error('native DuckDB reads files by path; registerFileText is for the WASM engine');
		},
		async registerFileBuffer() {
			throw new Error('native DuckDB reads files by path; registerFileBuffer is for the WASM engine');
		},
		async dropFile() {},
		async close() {
			connection.closeSync();
			instance.closeSync();
		}
	};

	return {
		db,
		connection,
		async runLong(query, control) {
			if (control.signal?.aborted) return 'cancelled';
			let interrupted = false;
			const stop = () => {
				interrupted = true;
				connection.interrupt();
			};
			control.signal?.addEventListener('abort', stop, { once: true });
			const timer = control.onfraction
				? setInterval(() => {
						const p = connection.progress.percentage;
						if (p >= 0) control.onfraction!(p / 100);
					}, 500)
				: null;
			try {
				await connection.run(query.sql, query.params.map(value));
				return 'done';
			} catch (error) {
				if (interrupted) return 'cancelled';
				throw new QueryError(query.sql, query.params, error);
			} finally {
				if (timer) clearInterval(timer);
				control.signal?.removeEventListener('abort', stop);
			}
		}
	};
}
