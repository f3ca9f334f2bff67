// Browser-only: import this module dynamically (from onMount or an event), never during SSR.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { plainRow, type Connector, type Row } from './connector';
import { isEngineTrap } from './engine-trap';
import { QueryError } from './query-error';
import type { Query } from './sql';

/** Our own build serves these files: no CDN is ever asked. */
const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

const INSTANTIATE_TIMEOUT_MS = 120_000;

/** The server delivered the engine in a way the browser cannot run; says what to fix. */
export class EngineServingError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'EngineServingError';
	}
}

/**
 * A web server that sends .wasm without "application/wasm" (common on intranet IIS and nginx set-ups)
 * makes DuckDB's instantiate hang with no error event. Asking first turns that into a message.
 */
async function checkWasmServing(url: string): Promise<void> {
	let response: Response;
	try {
		response = await fetch(url, { method: 'HEAD' });
	} catch (error) {
		throw new EngineServingError(`Không tải được ${url} (${String(error)}).`);
	}
	if (!response.ok) throw new EngineServingError(`Máy chủ trả lỗi ${response.status} cho ${url}.`);
	const type = response.headers.get('content-type') ?? '';
	if (!type.split(';')[0].trim().toLowerCase().startsWith('application/wasm')) {
		throw new EngineServingError(
			`Máy chủ gửi ${url} với Content-Type "${type || '(trống)'}" thay vì "application/wasm"; ` +
				`trình duyệt không chạy được DuckDB. Hãy thêm kiểu MIME .wasm → application/wasm vào cấu hình máy chủ web. ` +
				`(The server sends .wasm as "${type}", not "application/wasm": add that MIME type to the web server.)`
		);
	}
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(new EngineServingError(`${what}: quá ${ms / 1000} giây không phản hồi.`)), ms);
		promise.then(
			(v) => {
				clearTimeout(timer);
				resolve(v);
			},
			(e) => {
				clearTimeout(timer);
				reject(e);
			}
		);
	});
}

type EngineParts = { connector: Connector; db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection };

async function createBrowserConnector(): Promise<Connector> {
	const parts = await openEngine(() => {
		instance = null;
	});
	engineParts = parts;
	return parts.connector;
}

/** A DuckDB-WASM in its own worker; `ontrap` runs when a WebAssembly trap has made it unusable. */
async function openEngine(ontrap: () => void): Promise<EngineParts> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	await checkWasmServing(bundle.mainModule);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await withTimeout(db.instantiate(bundle.mainModule, bundle.pthreadWorker), INSTANTIATE_TIMEOUT_MS, 'Khởi động DuckDB');
	const conn = await db.connect();

	/** After a WebAssembly trap the engine fails every query: the next browserConnector() starts a new one. */
	function dropIfTrapped(error: unknown): void {
		if (!isEngineTrap(error)) return;
		ontrap();
		db.terminate().catch(() => {});
	}

	async function run(sqlText: string, params: Query['params']): Promise<Row[]> {
		try {
			let table;
			if (params.length === 0) table = await conn.query(sqlText);
			else {
				const statement = await conn.prepare(sqlText);
				try {
					table = await statement.query(...params);
				} finally {
					await statement.close();
				}
			}
			return table.toArray().map((r) => plainRow(r.toJSON() as Row));
		} catch (error) {
			dropIfTrapped(error);
			throw new QueryError(sqlText, params, error);
		}
	}

	const connector: Connector = {
		async query<T extends Row = Row>(q: Query): Promise<T[]> {
			return (await run(q.sql, q.params)) as T[];
		},
		async exec(statements: string): Promise<void> {
			await run(statements, []);
		},
		async runMany(statement, rows): Promise<void> {
			const prepared = await conn.prepare(statement).catch((error: unknown) => {
				throw new QueryError(statement, [], error);
			});
			try {
				for (const values of rows) {
					await prepared.query(...values).catch((error: unknown) => {
						dropIfTrapped(error);
						throw new QueryError(statement, values, error);
					});
				}
			} finally {
				await prepared.close();
			}
		},
		async registerFileText(name, text): Promise<void> {
			await db.registerFileText(name, text);
		},
		async registerFileBuffer(name, bytes): Promise<void> {
			await db.registerFileBuffer(name, bytes);
		},
		async dropFile(name): Promise<void> {
			await db.dropFile(name);
		},
		async close(): Promise<void> {
			await conn.close();
			await db.terminate();
		}
	};
	return { connector, db, conn };
}

let instance: Promise<Connector> | null = null;
let engineParts: EngineParts | null = null;

/** The page's DuckDB itself, for what the Connector does not cover: file handles, cancellable queries, progress (rawlog-browser.ts). */
export async function browserDuckDB(): Promise<EngineParts> {
	await browserConnector();
	return engineParts!;
}

let partner: Promise<EngineParts> | null = null;

/**
 * A second DuckDB in a worker of its own, started on first use, for one thing only: reading the
 * second half of a large raw log while the page's DuckDB reads the first (DuckDB-WASM runs one thread
 * per worker; this uses a second core). It holds no dataset; nothing else queries it.
 */
export function scanPartnerDuckDB(): Promise<EngineParts> {
	if (!partner) {
		partner = openEngine(() => {
			partner = null;
		});
		partner.catch(() => {
			partner = null;
		});
	}
	return partner;
}

/** The page's single DuckDB, created on first use. A failed start may be retried. */
export function browserConnector(): Promise<Connector> {
	if (!instance) {
		instance = createBrowserConnector();
		instance.catch(() => {
			instance = null;
		});
	}
	return instance;
}
