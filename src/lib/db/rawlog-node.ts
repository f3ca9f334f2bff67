// Node only (CLI, bench, tests): raw dossier logs on disk, read by the one-pass reader on native DuckDB.
// `cli aggregate` (national volumes, a glob of CSV or Parquet files) and every other command reading a
// log (`rank --input LOG`, `report --input LOG` …, through aggregateRawLogFile) share these steps.
import { mkdtempSync, rmSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectRawLogColumns, looksLikeRawLog, readPreamble } from '../data/rawlog/columns';
import { BENEFITS } from '../data/rawlog/field';
import { officeColumnOf } from '../data/rawlog/office';
import { units34Of } from '../data/rawlog/units';
import type { RawLogSummary } from '../data/rawlog/summarise';
import { createResolver } from '../geo/resolve';
import type { Reference } from '../geo/reference';
import { createNativeEngine, type NativeEngine, type NativeOptions } from './native';
import { RawLogFormatError, type RawLogImportOptions } from './rawlog-import';
import { aggregateOnePass, csvSource, HEAD_BYTES, planScan, type OnePassOptions, type OnePassOutcome, type ScanPlan } from './rawlog-onepass';
import type { ScanSource } from './rawlog-sql';

/** DuckDB's memory limit for a log read from the command line: past it, the aggregation spills to a temporary folder. */
export const DEFAULT_MEMORY = '3GB';

/** Bytes `start` to `end` of a file (fewer at its end). */
export async function readRange(file: string, start: number, end: number): Promise<Uint8Array> {
	const handle = await open(file, 'r');
	try {
		const buffer = new Uint8Array(Math.max(0, end - start));
		let done = 0;
		while (done < buffer.length) {
			const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done);
			if (bytesRead === 0) break;
			done += bytesRead;
		}
		return buffer.subarray(0, done);
	} finally {
		await handle.close();
	}
}

/** The first bytes of a file, where a log's comments and header are. */
export function readHead(file: string): Promise<Uint8Array> {
	return readRange(file, 0, HEAD_BYTES);
}

/** Whether a file on disk is a raw dossier log (one row per dossier: its header names a date, a province and a channel). */
export async function isRawLogFile(file: string): Promise<boolean> {
	const preamble = readPreamble(await readHead(file));
	return preamble.ok && looksLikeRawLog(preamble.header);
}

/** The rejections of an import as lines for stderr: file, reason, rows, examples. Empty when nothing was rejected. */
export function rawLogFindings(file: string, summary: RawLogSummary): string[] {
	return summary.rejections.map(
		(r) => `${file}: ${r.rows} row(s) rejected: ${r.reason}${r.examples.length ? `; e.g. ${r.examples.map((e) => JSON.stringify(e)).join(', ')}` : ''}`
	);
}

/** How to read a set of log files: their plan and the source DuckDB scans. */
export interface PlannedLog {
	files: readonly string[];
	plan: ScanPlan;
	source: ScanSource;
}

/**
 * Plans the reading of `files`: all Parquet (their column names) or all CSV, which must all read alike
 * (same delimiter, header and lines before it). `refuse` makes the error for files that cannot go together.
 */
export async function planLogFiles(
	engine: NativeEngine,
	files: readonly string[],
	{ name = files.join(', '), refuse = (m) => new Error(m) }: { name?: string; refuse?: (message: string) => Error } = {}
): Promise<PlannedLog> {
	const parquet = files.every((f) => f.toLowerCase().endsWith('.parquet'));
	if (!parquet && files.some((f) => f.toLowerCase().endsWith('.parquet'))) throw refuse(`${name} mixes Parquet and CSV files`);
	if (parquet) {
		const names = (await engine.db.query<{ column_name: string }>({ sql: 'DESCRIBE SELECT * FROM read_parquet(?)', params: [files[0]] })).map((r) => r.column_name);
		const detected = detectRawLogColumns(names);
		if (!detected.ok) throw new RawLogFormatError(files[0], 'columns', { missing: detected.missing, duplicated: detected.duplicated, header: names });
		const plan = { preamble: { dataStart: 0, delimiter: ',' as const, header: names, linesBefore: 0, synthetic: false }, columns: { ...detected.columns, office: officeColumnOf(names) } };
		return { files, plan, source: { format: 'parquet', files, names } };
	}
	const plans = await Promise.all(files.map(async (f) => planScan(f, await readHead(f))));
	const first = plans[0];
	plans.forEach((p, i) => {
		const same =
			p.preamble.delimiter === first.preamble.delimiter &&
			p.preamble.linesBefore === first.preamble.linesBefore &&
			p.preamble.header.join('\u0000') === first.preamble.header.join('\u0000');
		if (!same) throw refuse(`${files[i]} does not read like ${files[0]} (header, delimiter or lines before the header differ): aggregate them separately`);
	});
	return { files, plan: first, source: csvSource(files, first) };
}

/** Options of a log read from disk: what the reference and the files give is filled in. */
export type LogFileOptions = Partial<Omit<RawLogImportOptions, 'resolver' | 'units34' | 'onprogress'>> & Pick<OnePassOptions, 'fileName' | 'onprogress'>;

/** Counts planned log files in one pass of `engine`, resolving names against `reference` (the 34 units too when it has them). */
export async function aggregateLogFiles(
	engine: NativeEngine,
	{ files, plan, source }: PlannedLog,
	reference: Pick<Reference, 'provinces'> & Partial<Pick<Reference, 'units34' | 'crosswalk'>>,
	options: LogFileOptions
): Promise<OnePassOutcome> {
	const sizes = await Promise.all(files.map(async (f) => (await stat(f)).size));
	const byCode = new Map(reference.provinces.map((p) => [p.code, p.name]));
	return aggregateOnePass(engine, source, plan, {
		granularity: 'month',
		defaultIndicator: BENEFITS,
		nameOf: (code) => byCode.get(code) ?? code,
		...options,
		bytesTotal: sizes.reduce((s, n) => s + n, 0),
		bytes: source.format === 'parquet' ? [] : files.map((f, i) => ({ size: sizes[i], read: (start: number, end: number) => readRange(f, start, end) })),
		resolver: createResolver(reference.provinces),
		units34: reference.units34 && reference.crosswalk ? units34Of({ units34: reference.units34, crosswalk: reference.crosswalk }) : undefined
	});
}

/** How native DuckDB may run for a log read from the command line (--memory, --threads). */
export type EngineChoices = Omit<NativeOptions, 'tempDirectory'>;

/** What native DuckDB ran with, in its own words (it rounds "3GB" to "2.7 GiB"): for the command's notes. */
export interface EngineSettings {
	threads: number;
	memoryLimit: string;
}

export async function engineSettings(engine: NativeEngine): Promise<EngineSettings> {
	const [row] = await engine.db.query<{ threads: number; memory: string }>({
		sql: "SELECT current_setting('threads')::INTEGER AS threads, current_setting('memory_limit') AS memory",
		params: []
	});
	return { threads: Number(row.threads), memoryLimit: String(row.memory) };
}

/** "DuckDB: 2 threads, memory limit 2.7 GiB". */
export function describeEngine(settings: EngineSettings): string {
	return `DuckDB: ${settings.threads} thread${settings.threads === 1 ? '' : 's'}, memory limit ${settings.memoryLimit}`;
}

/** Runs `work` on a native DuckDB that spills to a temporary folder of its own, removed afterwards with the engine. */
export async function withNativeEngine<T>(options: EngineChoices, work: (engine: NativeEngine) => Promise<T>): Promise<T> {
	const spill = mkdtempSync(path.join(tmpdir(), 'rawlog-spill-'));
	try {
		const engine = await createNativeEngine({ memoryLimit: DEFAULT_MEMORY, ...options, tempDirectory: spill });
		try {
			return await work(engine);
		} finally {
			await engine.db.close();
		}
	} finally {
		rmSync(spill, { recursive: true, force: true });
	}
}

/**
 * A raw dossier log on disk → per-province counts, by the one-pass reader on native DuckDB, as
 * `cli aggregate` reads it (the CLI's entry: `rank --input LOG` calls this when the header looks like
 * a log, see looksLikeRawLog()).
 */
export async function aggregateRawLogFile(
	file: string,
	reference: Pick<Reference, 'provinces'> & Partial<Pick<Reference, 'units34' | 'crosswalk'>>,
	options: Partial<LogFileOptions> = {},
	choices: EngineChoices = {}
): Promise<{ summary: RawLogSummary; settings: EngineSettings }> {
	return withNativeEngine(choices, async (engine) => {
		const outcome = await aggregateLogFiles(engine, await planLogFiles(engine, [file]), reference, { fileName: path.basename(file), ...options });
		if (outcome.status !== 'done') throw new Error(`${file}: import cancelled`);
		return { summary: outcome.summary, settings: await engineSettings(engine) };
	});
}
