// Browser-only (import dynamically): the raw-log import in the page's DuckDB-WASM worker, in one pass
// of DuckDB's CSV reader over the user's File. The file is registered as a handle with direct I/O: the
// worker reads blocks of it with FileReaderSync as the scan goes, and the page never copies it whole.
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { browserDuckDB } from './browser';
import type { RawLogImportOptions, RawLogProgress } from './rawlog-import';
import { aggregateOnePass, csvSource, HEAD_BYTES, planScan, type OnePassOutcome, type ScanEngine, type ScanPlan } from './rawlog-onepass';
import { inlineVetted } from './rawlog-sql';
import { QueryError } from './query-error';

/**
 * DuckDB reads the file an eighth at a time, between 4 and 16 MiB: the bytes read so far are the
 * progress, so that the bar moves in several steps. Small buffers cost the reader dearly (4 MiB:
 * about twice the time of 16 or 32 MiB on the 2M-row bench log, in Node with the same WASM engine).
 */
function bufferBytes(size: number): number {
	return Math.min(16 * 2 ** 20, Math.max(4 * 2 ** 20, Math.ceil(size / 8)));
}

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
 * The bytes the warm-up reads. WebAssembly is compiled lazily: each engine function is compiled on
 * its first call and recompiled optimised only once it is hot (on background threads). A first
 * import on a fresh engine thus ran about twice as slow as the next one (measured: 9,8 s against
 * 5,2 s at 2M rows), and far slower on a loaded machine. Running the whole import over the first
 * megabytes, while the person confirms the columns, compiles every step and heats the reader's loops.
 */
const WARM_BYTES = 4 * 1024 * 1024;

/**
 * Starts DuckDB and runs the whole import once over the first megabytes of `file` (result thrown
 * away), while the person looks at the options. Errors are left for the import itself to report.
 */
export function warmRawLogEngine(file: File): Promise<void> {
	warming = warming.then(() => warm(file));
	return warming;
}

const nobody: RawLogImportOptions['resolver'] = { resolve: () => ({ ok: false, reason: 'unknown', suggestions: [] }) };

async function warm(file: File): Promise<void> {
	mark('warm-start');
	try {
		const plan = await sniffRawLog(file);
		const e = await engine();
		const name = `rawlog-warm-${++counter}.csv`;
		const bytes = new Uint8Array(await file.slice(0, Math.min(file.size, WARM_BYTES)).arrayBuffer());
		const head = bytes.length < file.size ? bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1) : bytes;
		await e.registerBytes(name, head.slice());
		try {
			await aggregateOnePass(e, csvSource([name], plan, bufferBytes(head.length)), plan, {
				fileName: name,
				bytesTotal: head.length,
				bytes: [{ size: head.length, read: async (start, end) => head.slice(start, end) }],
				granularity: 'month',
				defaultIndicator: 'warm-up',
				resolver: nobody
			});
		} finally {
			await e.drop(name).catch(() => {});
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
		return await aggregateOnePass(e, csvSource([name], plan, bufferBytes(file.size)), plan, {
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
