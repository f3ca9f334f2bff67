// Node only (CLI, bench, tests): reads a log from disk by byte ranges for importRawLog.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { looksLikeRawLog, readPreamble } from '../data/rawlog/columns';
import { BENEFITS } from '../data/rawlog/field';
import { createResolver } from '../geo/resolve';
import { units34Of } from '../data/rawlog/units';
import type { Reference } from '../geo/reference';
import type { Connector } from './connector';
import { importRawLog, type ByteSource, type RawLogImportOptions } from './rawlog-import';
import type { RawLogSummary } from '../data/rawlog/summarise';

/** Whether a file on disk is a raw dossier log (one row per dossier: its header names a date, a province and a channel). */
export async function isRawLogFile(file: string): Promise<boolean> {
	const source = await fileByteSource(file);
	try {
		const preamble = readPreamble(await source.read(0, Math.min(source.size, 64 * 1024)));
		return preamble.ok && looksLikeRawLog(preamble.header);
	} finally {
		await source.close();
	}
}

/** The rejections of an import as lines for stderr: file, reason, rows, examples. Empty when nothing was rejected. */
export function rawLogFindings(file: string, summary: RawLogSummary): string[] {
	return summary.rejections.map(
		(r) => `${file}: ${r.rows} row(s) rejected: ${r.reason}${r.examples.length ? `; e.g. ${r.examples.map((e) => JSON.stringify(e)).join(', ')}` : ''}`
	);
}

export async function fileByteSource(file: string): Promise<ByteSource & { close(): Promise<void> }> {
	const { size } = await stat(file);
	const handle = await open(file, 'r');
	return {
		name: path.basename(file),
		size,
		async read(start, end) {
			const buffer = new Uint8Array(end - start);
			let done = 0;
			while (done < buffer.length) {
				const { bytesRead } = await handle.read(buffer, done, buffer.length - done, start + done);
				if (bytesRead === 0) break;
				done += bytesRead;
			}
			return buffer.subarray(0, done);
		},
		close: () => handle.close()
	};
}

/**
 * A raw dossier log on disk → per-province counts, with DuckDB's CSV reader (the CLI's entry:
 * `rank --input LOG` can call this when the header looks like a log, see looksLikeRawLog()).
 */
export async function aggregateRawLogFile(
	db: Connector,
	file: string,
	reference: Pick<Reference, 'provinces'> & Partial<Pick<Reference, 'units34' | 'crosswalk'>>,
	options: Partial<Omit<RawLogImportOptions, 'resolver' | 'units34'>> = {}
): Promise<RawLogSummary> {
	const source = await fileByteSource(file);
	try {
		const byCode = new Map(reference.provinces.map((p) => [p.code, p.name]));
		const outcome = await importRawLog(db, source, {
			granularity: 'month',
			defaultIndicator: BENEFITS,
			nameOf: (code) => byCode.get(code) ?? code,
			...options,
			resolver: createResolver(reference.provinces),
			units34: reference.units34 && reference.crosswalk ? units34Of({ units34: reference.units34, crosswalk: reference.crosswalk }) : undefined
		});
		if (outcome.status !== 'done') throw new Error(`${file}: import cancelled`);
		return outcome.summary;
	} finally {
		await source.close();
	}
}
