// Browser-only (import dynamically): runs the raw-log import in the page's DuckDB-WASM worker.
import { browserConnector } from './browser';
import { importRawLog, type ByteSource, type RawLogImportOptions, type RawLogOutcome } from './rawlog-import';

/** A chosen or dropped file, read by byte ranges: only the current chunk is ever in memory. */
export function fileByteSource(file: File): ByteSource {
	return {
		name: file.name,
		size: file.size,
		read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer())
	};
}

/** Aggregates `file` in the page's DuckDB worker; the page's main thread only slices the file. */
export async function importRawLogFile(file: File, options: RawLogImportOptions): Promise<RawLogOutcome> {
	const db = await browserConnector();
	return importRawLog(db, fileByteSource(file), options);
}
