import { physicalLineOfRecord } from '../data/rawlog/record-lines';
import { detectRawLogColumns, readPreamble, type RawLogColumns, type RawLogRole } from '../data/rawlog/columns';
import { bucketMonth, type Granularity } from '../data/rawlog/period';
import { canonicalProvince, type Units34 } from '../data/rawlog/units';
import { unitSetOfPeriod } from '../geo/crosswalk';
import { summariseRawLog, type MalformedLine, type RawLogSummary } from '../data/rawlog/summarise';
import type { DatasetInfo } from '../data/observation';
import type { ProvinceResolver } from '../geo/resolve';
import type { Connector } from './connector';
import {
	aggregateChunkQuery,
	COMPACT_GROUPS,
	COUNT_GROUPED,
	CREATE_GROUPS,
	DROP_GROUPS,
	DROP_REJECTS,
	CREATE_CANON,
	distinctTexts,
	DROP_CANON,
	INSERT_CANON,
	latestMonth,
	readCanonicalGroups,
	takeRejectedLines
} from './rawlog-queries';
import { normaliseChannel } from '../data/rawlog/channel';
import { normaliseField } from '../data/rawlog/field';

/** A file read by byte ranges: a browser File, or a file on disk in Node. */
export interface ByteSource {
	name: string;
	size: number;
	read(start: number, end: number): Promise<Uint8Array>;
}

export interface RawLogProgress {
	bytesDone: number;
	bytesTotal: number;
	rowsRead: number;
	chunks: number;
}

export interface RawLogImportOptions {
	granularity: Granularity;
	defaultIndicator: string;
	resolver: ProvinceResolver;
	nameOf?: (code: string) => string;
	/** The 34 units: dossiers dated from 1 July 2025 name them (see unitOfRow). Without it, only the 63 provinces. */
	units34?: Units34;
	/** Dataset id, titles and source; defaults are made from the file name. */
	info?: Partial<DatasetInfo>;
	/** Bytes per chunk (default 4 MiB): smaller gives finer progress, larger a little more speed. */
	chunkBytes?: number;
	signal?: AbortSignal;
	onprogress?: (progress: RawLogProgress) => void;
}

export type RawLogOutcome = { status: 'done'; summary: RawLogSummary } | { status: 'cancelled' };

export type RawLogFormatProblem = 'empty' | 'binary' | 'utf16' | 'no-header' | 'columns' | 'long-line' | 'line-ends';

/** The file is not a raw log we can read; says why, naming the file and, for columns, which are missing. */
export class RawLogFormatError extends Error {
	readonly problem: RawLogFormatProblem;
	readonly missing: RawLogRole[];
	readonly header: string[];
	/** The physical line of the problem, when it has one (line-ends). */
	readonly line: number | null;
	constructor(file: string, problem: RawLogFormatProblem, detail: { missing?: RawLogRole[]; duplicated?: RawLogRole[]; header?: string[]; line?: number } = {}) {
		const what: Record<RawLogFormatProblem, string> = {
			empty: 'the file is empty',
			binary: 'the file is not text (it holds binary bytes)',
			utf16: 'the file is UTF-16; save it as UTF-8 CSV',
			'no-header': 'no header row was found',
			columns: `the header lacks column(s) ${(detail.missing ?? []).join(', ') || '-'}${detail.duplicated?.length ? `; repeats ${detail.duplicated.join(', ')}` : ''} (header: ${(detail.header ?? []).join(' | ')})`,
			'long-line': `a line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB`,
			'line-ends': `line ${detail.line ?? '?'} ends with a carriage return (CR) alone, which could be a line end or part of a value; save the file with LF or CRLF line ends`
		};
		super(`${file}: ${what[problem]}`);
		this.name = 'RawLogFormatError';
		this.problem = problem;
		this.missing = detail.missing ?? [];
		this.header = detail.header ?? [];
		this.line = detail.line ?? null;
	}
}

const DEFAULT_CHUNK = 4 * 1024 * 1024;
const HEAD_BYTES = 64 * 1024;
const MAX_LINE_BYTES = 16 * 1024 * 1024;

function countLines(bytes: Uint8Array): number {
	let n = 0;
	for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) n++;
	return n;
}

function slug(name: string): string {
	return (
		name
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.slice(0, 40) || 'log'
	);
}

function defaultInfo(source: ByteSource, synthetic: boolean): DatasetInfo {
	return {
		id: `rawlog-${slug(source.name)}`,
		titleVi: synthetic ? `Dữ liệu minh họa — nhật ký hồ sơ ${source.name}` : `Nhật ký hồ sơ ${source.name}`,
		titleEn: synthetic ? `Illustrative data — dossier log ${source.name}` : `Dossier log ${source.name}`,
		source: synthetic ? `Nhật ký giả lập (synthetic) ${source.name}, không phải số liệu thật` : `Tổng hợp từ nhật ký hồ sơ ${source.name}`,
		nature: synthetic ? 'illustrative' : 'real',
		unitSet: 63
	};
}

/**
 * The bytes of `source` from `start`, in pieces of about `chunkBytes` that end at a line end (the
 * last piece at the end of the file). A line longer than 16 MB is refused rather than read whole.
 */
export async function* lineChunks(source: ByteSource, start: number, chunkBytes: number): AsyncGenerator<Uint8Array> {
	let pos = start;
	while (pos < source.size) {
		let window = chunkBytes;
		for (;;) {
			const end = Math.min(source.size, pos + window);
			const bytes = await source.read(pos, end);
			if (end === source.size) {
				pos = end;
				yield bytes;
				break;
			}
			const lastNewline = bytes.lastIndexOf(0x0a);
			if (lastNewline !== -1) {
				pos += lastNewline + 1;
				yield lastNewline + 1 === bytes.length ? bytes : bytes.subarray(0, lastNewline + 1);
				break;
			}
			if (window >= MAX_LINE_BYTES) throw new RawLogFormatError(source.name, 'long-line');
			window *= 2;
		}
	}
}

let importCounter = 0;

/**
 * Aggregates a raw dossier log with DuckDB's CSV reader, chunk by chunk: each chunk (cut at a line
 * end) is registered, counted into a running table and dropped. Between chunks progress is reported
 * and the cancel signal checked; a cancelled or failed import drops everything it made.
 * One import at a time per connector (the running table has one name).
 *
 * Limitation: a quoted field holding a line break that falls on a chunk boundary is split there; such
 * lines end up counted as malformed, never lost.
 */
export async function importRawLog(db: Connector, source: ByteSource, options: RawLogImportOptions): Promise<RawLogOutcome> {
	const head = await source.read(0, Math.min(source.size, HEAD_BYTES));
	const preamble = readPreamble(head);
	if (!preamble.ok) throw new RawLogFormatError(source.name, preamble.reason);
	const detected = detectRawLogColumns(preamble.header);
	if (!detected.ok) throw new RawLogFormatError(source.name, 'columns', { missing: detected.missing, duplicated: detected.duplicated, header: preamble.header });
	const columns: RawLogColumns = detected.columns;

	const chunkBytes = options.chunkBytes ?? DEFAULT_CHUNK;
	const id = ++importCounter;
	const fileName = (n: number) => `rawlog-${id}-${n}.csv`;
	let registered: string | null = null;
	const malformed: { rows: number; examples: MalformedLine[] } = { rows: 0, examples: [] };
	let rowsRead = 0;
	let chunks = 0;
	let lineOffset = preamble.linesBefore;

	const cleanUp = async () => {
		if (registered) await db.dropFile(registered).catch(() => {});
		registered = null;
		await db.exec(DROP_REJECTS).catch(() => {});
		await db.exec(DROP_GROUPS).catch(() => {});
		await db.exec(DROP_CANON).catch(() => {});
	};

	try {
		await db.exec(DROP_REJECTS);
		await db.exec(CREATE_GROUPS);
		let pos = preamble.dataStart;
		options.onprogress?.({ bytesDone: pos, bytesTotal: source.size, rowsRead, chunks });
		for await (const chunk of lineChunks(source, pos, chunkBytes)) {
			if (options.signal?.aborted) break;
			const linesInChunk = countLines(chunk);
			// A copy for DuckDB: the browser hands the buffer to the worker, which empties it here.
			const name = fileName(chunks);
			await db.registerFileBuffer(name, chunk.slice());
			registered = name;
			await db.query(aggregateChunkQuery({ file: name, delimiter: preamble.delimiter, columnCount: preamble.header.length, columns }));
			await db.dropFile(name);
			registered = null;
			const rejected = await takeRejectedLines(db);
			malformed.rows += rejected.rows;
			// Physical lines, as an editor shows them: DuckDB counts records (quoted line breaks would drift).
			for (const e of rejected.examples) if (malformed.examples.length < 5) malformed.examples.push({ ...e, line: physicalLineOfRecord(chunk, e.line) + lineOffset });
			await db.exec(COMPACT_GROUPS);
			const [grouped] = await db.query<{ rows: number }>(COUNT_GROUPED);
			rowsRead = Number(grouped.rows) + malformed.rows;
			lineOffset += linesInChunk;
			pos += chunk.length;
			chunks++;
			options.onprogress?.({ bytesDone: pos, bytesTotal: source.size, rowsRead, chunks });
		}
		if (options.signal?.aborted) {
			await cleanUp();
			return { status: 'cancelled' };
		}
		// Classify each distinct text once here, let DuckDB fold the groups by class, and bring back
		// only those few rows: the page's main thread never handles one row per raw spelling.
		// The 34 units matter only when some period of the log ends after 1 July 2025.
		const latest = await latestMonth(db);
		const units34 = options.units34 && latest !== null && unitSetOfPeriod(bucketMonth(latest, options.granularity)) === 34 ? options.units34 : undefined;
		const canon: [string, string, string][] = [];
		for (const { column, raw } of await distinctTexts(db)) {
			let c: string | null = null;
			if (column === 'province') c = canonicalProvince(raw.trim(), options.resolver, units34); else if (column === 'field') c = normaliseField(raw);
			else c = raw.trim() ? normaliseChannel(raw.trim()) : null;
			if (c !== null) canon.push([column, raw, c]);
		}
		await db.exec(CREATE_CANON);
		await db.runMany(INSERT_CANON, canon);
		const groups = await readCanonicalGroups(db);
		await cleanUp();
		const summary = summariseRawLog(groups, malformed, {
			info: { ...defaultInfo(source, preamble.synthetic), ...options.info, ...(preamble.synthetic ? { nature: 'illustrative' as const } : {}) },
			granularity: options.granularity,
			defaultIndicator: options.defaultIndicator,
			resolver: options.resolver,
			nameOf: options.nameOf,
			units34
		});
		return { status: 'done', summary };
	} catch (error) {
		await cleanUp();
		throw error;
	}
}

/** A log held in memory (tests, small files). */
export function memoryByteSource(name: string, bytes: Uint8Array): ByteSource {
	return { name, size: bytes.length, read: async (start, end) => bytes.slice(start, end) };
}
