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

type ProgressEntry = { status: string; percentage: string | number };

let counter = 0;
/** The warm-up in flight: an import waits for it, so that one query runs at a time on the connection. */
let warming: Promise<void> = Promise.resolve();

async function engine(progressFile?: { name: string; size: number }): Promise<ScanEngine & { registerFile(name: string, file: File): Promise<void>; registerBytes(name: string, bytes: Uint8Array): Promise<void>; collectStats(name: string): Promise<void>; drop(name: string): Promise<void> }> {
	const { connector, db, conn } = await browserDuckDB();
	// The worker posts DuckDB's query progress (for a CSV scan: the share of the file's bytes read).
	const listeners = (db as unknown as { _onExecutionProgress: ((p: ProgressEntry) => void)[] })._onExecutionProgress;
	return {
		db: connector,
		async runLong(query, control) {
			if (control.signal?.aborted) return 'cancelled';
			const text = inlineVetted(query);
			// DuckDB computes its query progress (for a CSV scan: bytes read / file size) only with the progress bar on; nothing is printed.
			await connector.exec('SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET progress_bar_time = 0').catch(() => {});
			const onProgress = (p: ProgressEntry) => {
				(globalThis as unknown as { __rawlogStats?: unknown[] }).__rawlogStats?.push({ progress: p });
				const pct = Number(p.percentage);
				if (Number.isFinite(pct) && pct >= 0) control.onfraction?.(pct / 100);
			};
			listeners.push(onProgress);
			// Also from the blocks of the file DuckDB has read so far (its file statistics), between the worker's polls.
			let polling = false;
			const timer = progressFile
				? setInterval(() => {
						if (polling) return;
						polling = true;
						db.exportFileStatistics(progressFile.name)
							.then((stats) => {
								(globalThis as unknown as { __rawlogStats?: unknown[] }).__rawlogStats?.push({ keys: Object.keys(stats ?? {}), n: stats?.blockStats?.length, bs: stats?.blockSize, cold: stats?.totalFileReadsCold });
								// A plain object once it has crossed from the worker: decode the block bytes as FileStatistics does.
								const bytes = stats.blockStats;
								let read = 0;
								for (let i = 0; i + 1 < bytes.length; i += 3) if (bytes[i] >> 4 || bytes[i + 1]) read++;
								if (read > 0) control.onfraction?.(Math.min(1, (read * stats.blockSize) / progressFile.size));
							})
							.catch(() => {})
							.finally(() => (polling = false));
					}, 200)
				: null;
			let cancelled = false;
			const stop = () => {
				cancelled = true;
				void conn.cancelSent();
			};
			control.signal?.addEventListener('abort', stop, { once: true });
			try {
				const reader = await conn.send(text);
				if (reader) for await (const batch of reader) void batch;
				return cancelled ? 'cancelled' : 'done';
			} catch (error) {
				if (cancelled || control.signal?.aborted) return 'cancelled';
				throw new QueryError(text, [], error);
			} finally {
				if (timer) clearInterval(timer);
				control.signal?.removeEventListener('abort', stop);
				listeners.splice(listeners.indexOf(onProgress), 1);
			}
		},
		registerFile: (name, file) => db.registerFileHandle(name, file, DuckDBDataProtocol.BROWSER_FILEREADER, true),
		registerBytes: (name, bytes) => db.registerFileBuffer(name, bytes),
		collectStats: (name) => db.collectFileStatistics(name, true),
		drop: (name) => db.dropFile(name)
	};
}

/** Reads the start of `file` (its header) and says how the import will read it; throws RawLogFormatError when it cannot. */
export async function sniffRawLog(file: File): Promise<ScanPlan> {
	return planScan(file.name, new Uint8Array(await file.slice(0, Math.min(file.size, HEAD_BYTES)).arrayBuffer()));
}

/**
 * Starts DuckDB and runs the import's own query once over the first kilobytes of `file`, while the
 * person looks at the columns: the engine is instantiated and its CSV and aggregation code compiled
 * before the real pass. Errors are left for the import itself to report.
 */
export function warmRawLogEngine(file: File): Promise<void> {
	warming = warming.then(() => warm(file));
	return warming;
}

async function warm(file: File): Promise<void> {
	try {
		const plan = await sniffRawLog(file);
		const e = await engine();
		const name = `rawlog-warm-${++counter}.csv`;
		const head = new Uint8Array(await file.slice(0, Math.min(file.size, HEAD_BYTES)).arrayBuffer());
		await e.registerBytes(name, head);
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
}

/** Aggregates `file` in the page's DuckDB worker in one pass; progress is bytes read, cancel stops the query. */
export async function importRawLogFile(file: File, options: RawLogImportOptions): Promise<OnePassOutcome> {
	const plan = await sniffRawLog(file);
	await warming;
	const name = `rawlog-${++counter}.csv`;
	const e = await engine({ name, size: file.size });
	await e.registerFile(name, file);
	await e.collectStats(name);
	try {
		return await aggregateOnePass(e, csvSource([name], plan), plan, {
			...options,
			fileName: file.name,
			bytesTotal: file.size,
			onprogress: (p) => options.onprogress?.({ ...p, rowsRead: 0, chunks: 0 } satisfies RawLogProgress)
		});
	} finally {
		await e.drop(name).catch(() => {});
	}
}
