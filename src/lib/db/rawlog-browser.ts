// Browser-only (import dynamically): the raw-log import in the page's DuckDB-WASM worker, in one pass
// of DuckDB's CSV reader over the user's File. The file is registered as a handle with direct I/O: the
// worker reads blocks of it with FileReaderSync as the scan goes, and the page never copies it whole.
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { browserDuckDB, scanPartnerDuckDB } from './browser';
import type { RawLogImportOptions, RawLogProgress } from './rawlog-import';
import { aggregateOnePass, csvSource, HEAD_BYTES, pageBufferBytes, planScan, type OnePassOptions, type OnePassOutcome, type ScanEngine, type ScanPlan } from './rawlog-onepass';
import { aggregateSplit } from './rawlog-split';
import { inlineVetted } from './rawlog-sql';
import { cutAfterLineFeed } from '../data/rawlog/split';
import { QueryError } from './query-error';

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
async function engine(progressFile?: { name: string; size: number }, which: 'page' | 'partner' = 'page'): Promise<PageEngine> {
	mark(`${which}-engine-asked`);
	const { connector, db, conn } = await (which === 'page' ? browserDuckDB() : scanPartnerDuckDB());
	mark(`${which}-engine-ready`);
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
				mark(`${which}-query-sent`);
				const reader = await conn.send(text);
				if (reader) for await (const batch of reader) void batch;
				mark(`${which}-query-done`);
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

/**
 * A log this large is cut in two and read by two engines at once, when the machine has two cores and
 * 4 GB of memory or more (a second engine holds its own compiled code and buffers: a few hundred MB):
 * below this size, starting and warming a second engine costs more than it saves.
 */
export const SPLIT_MIN_BYTES = 32 * 1024 * 1024;

function splits(file: File): boolean {
	// The bench (scripts/bench-rawlog-page.mjs) sets rawlogEngines = 1 to time the one-engine path beside it.
	if ((globalThis as { rawlogEngines?: number }).rawlogEngines === 1) return false;
	const device = globalThis.navigator as (Navigator & { deviceMemory?: number }) | undefined;
	return file.size >= SPLIT_MIN_BYTES && (device?.hardwareConcurrency ?? 1) >= 2 && (device?.deviceMemory ?? 4) >= 4;
}

async function warm(file: File): Promise<void> {
	mark('warm-start');
	try {
		const plan = await sniffRawLog(file);
		const bytes = new Uint8Array(await file.slice(0, Math.min(file.size, WARM_BYTES)).arrayBuffer());
		const head = bytes.length < file.size ? bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1) : bytes;
		// Both are waited for, failed or not: an import must not start while a warm-up still runs on its engine.
		await Promise.allSettled([warmEngine('page', plan, head), ...(splits(file) ? [warmEngine('partner', plan, head)] : [])]);
	} catch {
		// The import says what is wrong.
	}
	mark('warm-done');
}

/** The whole import once over `head` (the first lines of the log), result thrown away. */
async function warmEngine(which: 'page' | 'partner', plan: ScanPlan, head: Uint8Array): Promise<void> {
	const e = await engine(undefined, which);
	const name = `rawlog-warm-${++counter}.csv`;
	await e.registerBytes(name, head.slice());
	try {
		await aggregateOnePass(e, csvSource([name], plan, pageBufferBytes(head.length)), plan, {
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
}

/** Aggregates `file` in the page's DuckDB worker in one pass; progress is bytes read, cancel stops the query. */
export async function importRawLogFile(file: File, options: RawLogImportOptions): Promise<OnePassOutcome> {
	mark('import-start');
	const plan = await sniffRawLog(file);
	await warming;
	mark('import-warmed');
	const read = async (start: number, end: number) => new Uint8Array(await file.slice(start, end).arrayBuffer());
	const onePass: OnePassOptions = {
		...options,
		fileName: file.name,
		bytesTotal: file.size,
		bytes: [{ size: file.size, read }],
		onprogress: (p) => options.onprogress?.(p satisfies RawLogProgress)
	};
	try {
		const cut = splits(file) ? await cutAfterLineFeed(read, file.size, Math.max(plan.preamble.dataStart, Math.floor(file.size / 2))) : null;
		if (cut !== null) {
			const outcome = await importInTwo(file, plan, cut, onePass);
			if (outcome) return outcome;
			mark('split-abandoned');
		}
		const name = `rawlog-${++counter}.csv`;
		const e = await engine({ name, size: file.size });
		await e.registerFile(name, file);
		mark('file-registered');
		try {
			return await aggregateOnePass(e, csvSource([name], plan, pageBufferBytes(file.size)), plan, onePass);
		} finally {
			await e.drop(name).catch(() => {});
		}
	} finally {
		mark('import-done');
	}
}

/**
 * The log cut just after a line feed near its middle: the page's engine reads the first part (with the
 * lines before the header), a second engine the rest, both at once. Null: read it whole (see
 * aggregateSplit).
 */
async function importInTwo(file: File, plan: ScanPlan, cut: number, options: OnePassOptions): Promise<OnePassOutcome | null> {
	const names = [`rawlog-${++counter}a.csv`, `rawlog-${++counter}b.csv`];
	const blobs = [new File([file.slice(0, cut)], names[0]), new File([file.slice(cut)], names[1])];
	const engines = await Promise.all([engine({ name: names[0], size: cut }, 'page'), engine({ name: names[1], size: file.size - cut }, 'partner')]);
	try {
		await Promise.all(engines.map((e, i) => e.registerFile(names[i], blobs[i])));
		mark('file-registered');
		const parts = [
			{ engine: engines[0], source: csvSource([names[0]], plan, pageBufferBytes(cut)), offset: 0, file: 0 },
			{ engine: engines[1], source: { ...csvSource([names[1]], plan, pageBufferBytes(file.size - cut)), skip: 0 }, offset: cut, file: 0 }
		];
		return await aggregateSplit(parts, plan, options);
	} finally {
		await Promise.all(engines.map((e, i) => e.drop(names[i]).catch(() => {})));
	}
}
