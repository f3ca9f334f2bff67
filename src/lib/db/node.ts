import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Blocking from '@duckdb/duckdb-wasm/blocking';
import { plainRow, type Connector, type Row } from './connector';
import { isEngineTrap } from './engine-trap';
import { QueryError } from './query-error';
import type { Param, Query } from './sql';

const require = createRequire(import.meta.url);

/**
 * DuckDB in Node: the blocking build of the same DuckDB-WASM engine the browser runs, so that tests,
 * prerender and the CLI see exactly the page's SQL semantics.
 */
export async function createNodeConnector(): Promise<Connector> {
	let { db, conn } = await openEngine();

	/** A trapped engine fails every later query: replace it (its tables are gone; the caller stores again). */
	async function recover(error: unknown): Promise<void> {
		if (!isEngineTrap(error)) return;
		({ db, conn } = await openEngine());
	}
	const recovering = async <T>(work: () => T): Promise<T> => {
		try {
			return work();
		} catch (error) {
			await recover((error as { cause?: unknown }).cause ?? error);
			throw error;
		}
	};

	function run(sqlText: string, params: readonly Param[]): Row[] {
		try {
			const table = params.length === 0 ? conn.query(sqlText) : prepared(sqlText, params);
			return table.toArray().map((r) => plainRow(r.toJSON() as Row));
		} catch (error) {
			throw new QueryError(sqlText, params, error);
		}
	}

	function prepared(sqlText: string, params: readonly Param[]) {
		const statement = conn.prepare(sqlText);
		try {
			return statement.query(...params);
		} finally {
			statement.close();
		}
	}

	function runMany(statement: string, rows: readonly (readonly Param[])[]): void {
		let stmt;
		try {
			stmt = conn.prepare(statement);
		} catch (error) {
			throw new QueryError(statement, [], error);
		}
		try {
			for (const values of rows) {
				try {
					stmt.query(...values);
				} catch (error) {
					throw new QueryError(statement, values, error);
				}
			}
		} finally {
			try {
				stmt.close();
			} catch {
				// A trapped engine cannot close its statement; it is replaced below.
			}
		}
	}

	return {
		async query<T extends Row = Row>(q: Query): Promise<T[]> {
			return (await recovering(() => run(q.sql, q.params))) as T[];
		},
		async exec(statements: string): Promise<void> {
			await recovering(() => run(statements, []));
		},
		async runMany(statement, rows): Promise<void> {
			await recovering(() => runMany(statement, rows));
		},
		async registerFileText(name, text): Promise<void> {
			db.registerFileText(name, text);
		},
		async registerFileBuffer(name, bytes): Promise<void> {
			db.registerFileBuffer(name, bytes);
		},
		async dropFile(name): Promise<void> {
			db.dropFile(name);
		},
		async close(): Promise<void> {
			conn.close();
		}
	};
}

async function openEngine() {
	const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof Blocking;
	const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate(() => {});
	return { db, conn: db.connect() };
}
