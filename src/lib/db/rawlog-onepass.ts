import { detectRawLogColumns, readPreamble, type Preamble } from '../data/rawlog/columns';
import { officeColumnOf } from '../data/rawlog/office';
import { summariseOffices, type OfficeObservation } from '../data/rawlog/offices';
import { bucketMonth } from '../data/rawlog/period';
import { canonicalProvince } from '../data/rawlog/units';
import { summariseRawLog, type RawGroup, type RawLogSummary } from '../data/rawlog/summarise';
import { normaliseChannel } from '../data/rawlog/channel';
import { normaliseField } from '../data/rawlog/field';
import { unitSetOfPeriod } from '../geo/crosswalk';
import type { Connector } from './connector';
import { RawLogFormatError, type RawLogImportOptions } from './rawlog-import';
import { DROP_GROUPS, DROP_REJECTS, groupTexts, readCanonicalGroups, readCanonicalGroupsAndOffices, type CanonRow, type OfficeGroup } from './rawlog-queries';
import { linesAtPositions, scanLineEnds, type ReadBytes } from '../data/rawlog/line-ends';
import { onePassGroupsQuery, readRejects, takeMalformedGroups, type ScanColumns, type ScanSource } from './rawlog-sql';
import type { Query } from './sql';

/**
 * A DuckDB that can run the one long statement of an import: the page's DuckDB-WASM worker (which can
 * cancel it between polls and reports its progress), or native DuckDB in Node.
 */
export interface ScanEngine {
	db: Connector;
	/** Runs `query`; 'cancelled' when `signal` fired and the engine stopped it. `onfraction` gets 0…1 of the scan. */
	runLong(query: Query, control: { signal?: AbortSignal; onfraction?: (fraction: number) => void }): Promise<'done' | 'cancelled'>;
}

/** How to read a log: what its first kilobytes say (delimiter, lines to skip, columns). */
export interface ScanPlan {
	preamble: Preamble;
	columns: ScanColumns;
}

/** The bytes an import sniffs at the start of a file: enough for comments and a header. */
export const HEAD_BYTES = 64 * 1024;

/**
 * The page's DuckDB reads a file an eighth at a time, between 4 and 16 MiB: the bytes read so far are the
 * progress, so that the bar moves in several steps. Small buffers cost the reader dearly (4 MiB:
 * about twice the time of 16 or 32 MiB on the 2M-row bench log, in Node with the same WASM engine).
 */
export function pageBufferBytes(size: number): number {
	return Math.min(16 * 2 ** 20, Math.max(4 * 2 ** 20, Math.ceil(size / 8)));
}

/** Reads the start of a log: its delimiter, header and columns, or a RawLogFormatError naming the file and what is wrong. */
export function planScan(fileName: string, head: Uint8Array): ScanPlan {
	const preamble = readPreamble(head);
	if (!preamble.ok) throw new RawLogFormatError(fileName, preamble.reason);
	const detected = detectRawLogColumns(preamble.header);
	if (!detected.ok) throw new RawLogFormatError(fileName, 'columns', { missing: detected.missing, duplicated: detected.duplicated, header: preamble.header });
	return { preamble, columns: { ...detected.columns, office: officeColumnOf(preamble.header) } };
}

/** The CSV source of `files` read as `plan` says. */
export function csvSource(files: readonly string[], plan: ScanPlan, bufferBytes?: number): Extract<ScanSource, { format: 'csv' }> {
	return { format: 'csv', files, delimiter: plan.preamble.delimiter, skip: plan.preamble.linesBefore, columnCount: plan.preamble.header.length, bufferBytes };
}

export interface OnePassResult {
	summary: RawLogSummary;
	/** Counts per receiving office, when the log has an office column (else empty). */
	offices: OfficeObservation[];
	hasOfficeColumn: boolean;
}

export type OnePassOutcome = ({ status: 'done' } & OnePassResult) | { status: 'cancelled' };

export type OnePassOptions = Omit<RawLogImportOptions, 'onprogress'> & {
	/** Name of the log, for the dataset's default title. */
	fileName: string;
	/** Bytes of the file(s), for progress from the share of the scan done. */
	bytesTotal: number;
	/** The bytes of each file of the source, in its order: for the physical lines of rejected rows. */
	bytes: readonly { read: ReadBytes; size: number }[];
	onprogress?: (progress: { bytesDone: number; bytesTotal: number }) => void;
};

function slug(name: string): string {
	return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'log';
}

/** A part of the input read by one engine: the whole input, or one half of a log cut in two (./rawlog-split.ts). */
export interface ScanPart {
	engine: ScanEngine;
	source: ScanSource;
	/** Where the part starts in its file, for the physical lines of rejected rows. */
	offset: number;
	/** The file of `options.bytes` the part belongs to; by default, each file of `source` in order. */
	file?: number;
}

/** Drops what an import made in each engine, in one round trip each; failures are ignored (the engine may be gone). */
export async function dropScanTables(parts: readonly ScanPart[]): Promise<void> {
	await Promise.all(parts.map(({ engine }) => engine.db.exec(DROP_REJECTS + DROP_GROUPS).catch(() => {})));
}

/** Progress over several parts scanned at once, each weighted by its bytes. */
export function partsProgress(parts: readonly ScanPart[], sizes: readonly number[], options: Pick<OnePassOptions, 'bytesTotal' | 'onprogress'>) {
	const done = parts.map(() => 0);
	return (i: number) => (f: number) => {
		done[i] = Math.min(1, Math.max(0, f)) * sizes[i];
		const bytesDone = Math.min(options.bytesTotal, Math.round(done.reduce((a, b) => a + b, 0)));
		options.onprogress?.({ bytesDone, bytesTotal: options.bytesTotal });
	};
}

/**
 * Counts a raw dossier log in one pass of DuckDB's reader, then classifies the few thousand distinct
 * texts in TypeScript. Rows read = imported + rejected by reason (malformed lines included). A
 * cancelled or failed import drops every table it made. One import at a time per connector.
 */
export async function aggregateOnePass(engine: ScanEngine, source: ScanSource, plan: ScanPlan, options: OnePassOptions): Promise<OnePassOutcome> {
	const { db } = engine;
	const whole: ScanPart = { engine, source, offset: 0 };
	try {
		await db.exec(DROP_REJECTS);
		options.onprogress?.({ bytesDone: 0, bytesTotal: options.bytesTotal });
		const control = { signal: options.signal, onfraction: partsProgress([whole], [options.bytesTotal], options)(0) };
		let scan = source;
		let lenient: { line: number; text: string; file: number }[] | null = null;
		let run: 'done' | 'cancelled';
		try {
			run = await engine.runLong(onePassGroupsQuery(scan, plan.columns), control);
		} catch (error) {
			// DuckDB's strict reader stops at a file that ends lines both with LF and with CRLF. Such a
			// file is read (leniently); a line ended by CR alone is ambiguous: the import stops there.
			if (source.format !== 'csv' || !/state machine reached an invalid state/i.test(String((error as Error)?.message ?? error))) throw error;
			lenient = [];
			for (const [file, bytes] of options.bytes.entries()) {
				const ends = await scanLineEnds(bytes.read, bytes.size, {
					start: plan.preamble.dataStart,
					firstLine: plan.preamble.linesBefore + 1,
					delimiter: plan.preamble.delimiter,
					columnCount: plan.preamble.header.length
				});
				const name = source.files.length > 1 ? source.files[file] : options.fileName;
				if (ends.bareCr !== null) throw new RawLogFormatError(name, 'line-ends', { line: ends.bareCr });
				if (ends.lf === 0 || ends.crlf === 0) continue;
				lenient.push(...ends.examples.map((e) => ({ ...e, file })));
				scan = { ...source, lineEnds: 'mixed' };
			}
			if (scan === source) throw error;
			await db.exec(DROP_REJECTS);
			run = await engine.runLong(onePassGroupsQuery(scan, plan.columns), control);
		}
		if (run === 'cancelled' || options.signal?.aborted) {
			await dropScanTables([whole]);
			return { status: 'cancelled' };
		}
		return await summariseParts([{ ...whole, source: scan }], plan, options, lenient ?? []);
	} catch (error) {
		await dropScanTables([whole]);
		throw error;
	}
}

/**
 * After the scan of every part: the rejected lines (physical line numbers, over the whole file), the
 * canonical texts, the groups of all parts summed by summariseRawLog. Drops the tables it read.
 */
export async function summariseParts(
	parts: readonly ScanPart[],
	plan: ScanPlan,
	options: OnePassOptions,
	lenient: readonly { line: number; text: string; file: number }[]
): Promise<OnePassOutcome> {
	options.onprogress?.({ bytesDone: options.bytesTotal, bytesTotal: options.bytesTotal });
	const files = parts[0].source.files;
	const named = (file: number, text: string) => (files.length > 1 ? `${files[file]}: ${text}` : text);
	let rejectedRows = 0;
	const rejected: { file: number; position: number; line: number; kind: string; text: string }[] = [];
	// Each engine's steps run one after another; the engines run side by side.
	const eachPart = <T>(step: (part: ScanPart) => Promise<T>) => Promise.all(parts.map(step));
	for (const { part, r, mixedRows } of await eachPart(async (part) => ({
		part,
		r: await readRejects(part.engine.db),
		mixedRows: part.source.format === 'csv' && part.source.lineEnds === 'mixed' ? await takeMalformedGroups(part.engine.db) : 0
	}))) {
		rejectedRows += r.rows + mixedRows;
		const fileOf = (path: string) => part.file ?? Math.max(0, part.source.files.indexOf(path));
		rejected.push(...r.examples.map((e) => ({ ...e, file: fileOf(e.file), position: e.position + part.offset })));
	}
	rejected.sort((a, b) => a.file - b.file || a.position - b.position);
	const examples = rejected.slice(0, 5);
	const lines = new Map<number, Map<number, number>>();
	for (const file of new Set(examples.map((e) => e.file))) {
		const bytes = options.bytes[file];
		if (bytes) lines.set(file, await linesAtPositions(bytes.read, bytes.size, examples.filter((e) => e.file === file).map((e) => e.position)));
	}
	const malformed = {
		rows: rejectedRows,
		examples: [
			...examples.map((e) => ({ line: lines.get(e.file)?.get(e.position) ?? e.line, kind: e.kind, text: named(e.file, e.text) })),
			...lenient.map((e) => ({ line: e.line, kind: 'WRONG NUMBER OF COLUMNS', text: named(e.file, e.text) }))
		]
	};
	const read = await eachPart((part) => groupTexts(part.engine.db));
	const latest = read.map((r) => r.latest).reduce<string | null>((a, b) => (a === null || (b !== null && b > a) ? b : a), null);
	const units34 = options.units34 && latest !== null && unitSetOfPeriod(bucketMonth(latest, options.granularity)) === 34 ? options.units34 : undefined;
	const canon = new Map<string, CanonRow>();
	for (const { texts } of read) {
		for (const { column, raw } of texts) {
			const key = `${column}\u0000${raw}`;
			if (canon.has(key)) continue;
			let c: string | null = null;
			if (column === 'province') c = canonicalProvince(raw.trim(), options.resolver, units34);
			else if (column === 'field') c = normaliseField(raw);
			else c = raw.trim() ? normaliseChannel(raw.trim()) : null;
			if (c !== null) canon.set(key, [column, raw, c]);
		}
	}
	const groups: RawGroup[] = [];
	const officeGroups: OfficeGroup[] = [];
	const rows = [...canon.values()];
	for (const folded of await eachPart(async (part) =>
		plan.columns.office === null ? { groups: await readCanonicalGroups(part.engine.db, rows), offices: [] } : readCanonicalGroupsAndOffices(part.engine.db, rows)
	)) {
		// One at a time: a log with thousands of offices folds to hundreds of thousands of groups, more
		// than a call's arguments can hold (push(...groups) threw "Maximum call stack size exceeded").
		for (const g of folded.groups) groups.push(g);
		for (const g of folded.offices) officeGroups.push(g);
	}
	await dropScanTables(parts);
	const synthetic = plan.preamble.synthetic;
	const name = options.fileName;
	const summariseOptions = {
		info: {
			id: `rawlog-${slug(name)}`,
			titleVi: synthetic ? `Dữ liệu minh họa — nhật ký hồ sơ ${name}` : `Nhật ký hồ sơ ${name}`,
			titleEn: synthetic ? `Illustrative data — dossier log ${name}` : `Dossier log ${name}`,
			source: synthetic ? `Nhật ký giả lập (synthetic) ${name}, không phải số liệu thật` : `Tổng hợp từ nhật ký hồ sơ ${name}`,
			nature: synthetic ? ('illustrative' as const) : ('real' as const),
			unitSet: 63 as const,
			...options.info,
			...(synthetic ? { nature: 'illustrative' as const } : {})
		},
		granularity: options.granularity,
		defaultIndicator: options.defaultIndicator,
		resolver: options.resolver,
		nameOf: options.nameOf,
		units34
	};
	const summary = summariseRawLog(groups, malformed, summariseOptions);
	const offices = summariseOffices(officeGroups, summariseOptions);
	return { status: 'done', summary, offices, hasOfficeColumn: plan.columns.office !== null };
}

/** An engine over a plain Connector: no cancel once the statement runs (Node tests with the WASM engine). */
export function plainEngine(db: Connector): ScanEngine {
	return {
		db,
		async runLong(query, control) {
			if (control.signal?.aborted) return 'cancelled';
			await db.query(query);
			return 'done';
		}
	};
}
