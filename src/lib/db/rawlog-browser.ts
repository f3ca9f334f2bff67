// Browser-only (import dynamically): the raw-log import in the page's DuckDB-WASM worker, in one pass
// of DuckDB's CSV reader over the user's File. The file is registered as a handle with direct I/O: the
// worker reads blocks of it with FileReaderSync as the scan goes, and the page never copies it whole.
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { browserDuckDB } from './browser';
import type { RawLogImportOptions, RawLogProgress } from './rawlog-import';
import { aggregateOnePass, csvSource, HEAD_BYTES, planScan, type OnePassOutcome, type ScanEngine, type ScanPlan } from './rawlog-onepass';
import { inlineVetted, onePassGroupsQuery } from './rawlog-sql';
import { QueryError } from './query-error';
import { DROP_GROUPS, DROP_REJECTS } from './rawlog-queries';

/** DuckDB reads the file 4 MiB at a time: the bytes read so far are the progress. */
const BUFFER_BYTES = 4 * 1024 * 1024;

let counter = 0;

/** A step of an import on the page's timeline (performance.mark "rawlog:<step>"), read by the bench. */
function mark(step: string): void {
	performance.mark(`rawlog:${step}`);
}
/** The warm-up in flight: an import waits for it, so that one query runs at a time on the connection. */
let warming: Promise<void> = Promise.resolve();

type PageEngine = ScanEngine & {
	registerFile(name: string, file: File): Promise<void>;
	registerBytes(name: string, bytes: Uint8Array): Promise<void>;
	drop(name: string): Promise<void>;
};

/**
 * The page's DuckDB as a scan engine. The long query is sent without bound values (the cancellable
 * call takes none: only our own names and numbers are inlined, see inlineVetted) and polled by the
 * worker, so that between polls the page can ask how many bytes of the file were read (DuckDB's file
 * statistics) and cancel it (cancelSent).
 */
async function engine(progressFile?: { name: string; size: number }): Promise<PageEngine> {
	mark('engine-asked');
	const { connector, db, conn } = await browserDuckDB();
	mark('engine-ready');
	return {
		db: connector,
		async runLong(query, control) {
			if (control.signal?.aborted) return 'cancelled';
			const text = inlineVetted(query);
			let asking = false;
			const timer =
				progressFile && control.onfraction
					? setInterval(() => {
							if (asking) return;
							asking = true;
							db.exportFileStatistics(progressFile.name)
								.then((stats) => control.onfraction?.(Math.min(1, stats.totalFileReadsCold / Math.max(1, progressFile.size))))
								.catch(() => {})
								.finally(() => (asking = false));
						}, 150)
					: null;
			let cancelled = false;
			const stop = () => {
				cancelled = true;
				void conn.cancelSent();
			};
			control.signal?.addEventListener('abort', stop, { once: true });
			try {
				mark('query-sent');
				const reader = await conn.send(text);
				if (reader) for await (const batch of reader) void batch;
				mark('query-done');
				return cancelled ? 'cancelled' : 'done';
			} catch (error) {
				if (cancelled || control.signal?.aborted) return 'cancelled';
				throw new QueryError(text, [], error);
			} finally {
				if (timer) clearInterval(timer);
				control.signal?.removeEventListener('abort', stop);
			}
		},
		async registerFile(name, file) {
			await db.registerFileHandle(name, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
			await db.collectFileStatistics(name, true);
		},
		registerBytes: (name, bytes) => db.registerFileBuffer(name, bytes),
		drop: async (name) => {
			await db.dropFile(name);
		}
	};
}

/** Reads the start of `file` (its header) and says how the import will read it; throws RawLogFormatError when it cannot. */
export async function sniffRawLog(file: File): Promise<ScanPlan> {
	return planScan(file.name, new Uint8Array(await file.slice(0, Math.min(file.size, HEAD_BYTES)).arrayBuffer()));
}

/**
 * Starts DuckDB and runs the import's own query once over the first kilobytes of `file`, while the
 * person looks at the options: the engine is instantiated and its CSV and aggregation code compiled
 * before the real pass. Errors are left for the import itself to report.
 */
export function warmRawLogEngine(file: File): Promise<void> {
	warming = warming.then(() => warm(file));
	return warming;
}

async function warm(file: File): Promise<void> {
	mark('warm-start');
	try {
		const plan = await sniffRawLog(file);
		const e = await engine();
		const name = `rawlog-warm-${++counter}.csv`;
		await e.registerBytes(name, new Uint8Array(await file.slice(0, Math.min(file.size, HEAD_BYTES)).arrayBuffer()));
		try {
			await e.db.exec(DROP_REJECTS);
			await e.runLong(onePassGroupsQuery(csvSource([name], plan), plan.columns), {});
		} finally {
			await e.drop(name).catch(() => {});
			await e.db.exec(DROP_REJECTS).catch(() => {});
			await e.db.exec(DROP_GROUPS).catch(() => {});
		}
	} catch {
		// The import says what is wrong.
	}
	mark('warm-done');
}

/** Aggregates `file` in the page's DuckDB worker in one pass; progress is bytes read, cancel stops the query. */
export async function importRawLogFile(file: File, options: RawLogImportOptions): Promise<OnePassOutcome> {
	mark('import-start');
	const plan = await sniffRawLog(file);
	await warming;
	mark('import-warmed');
	const name = `rawlog-${++counter}.csv`;
	const e = await engine({ name, size: file.size });
	await e.registerFile(name, file);
	mark('file-registered');
	try {
		return await aggregateOnePass(e, csvSource([name], plan, BUFFER_BYTES), plan, {
			...options,
			fileName: file.name,
			bytesTotal: file.size,
			bytes: [{ size: file.size, read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()) }],
			onprogress: (p) => options.onprogress?.({ ...p, rowsRead: 0, chunks: 0 } satisfies RawLogProgress)
		});
	} finally {
		await e.drop(name).catch(() => {});
		mark('import-done');
	}
}
