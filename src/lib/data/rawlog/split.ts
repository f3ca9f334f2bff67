import type { ReadBytes } from './line-ends';

/**
 * Cutting a log in two, so that two DuckDB engines (two cores) each read one part. A cut is only safe
 * at the start of a record: just after a line feed that is not inside a quoted field. Both helpers
 * read the file through `read` and never hold more than one window of it.
 */

const LF = 0x0a;
const QUOTE = 0x22;

/** The position just after the first line feed at or after `from` (and before `size`), or null when none. */
export async function cutAfterLineFeed(read: ReadBytes, size: number, from: number, window = 64 * 1024): Promise<number | null> {
	for (let start = Math.max(0, Math.floor(from)); start < size; start += window) {
		const bytes = await read(start, Math.min(size, start + window));
		const i = bytes.indexOf(LF);
		if (i >= 0) return start + i + 1 < size ? start + i + 1 : null;
	}
	return null;
}

/**
 * Whether a quote character occurs in [0, end). Without one, no field before `end` is quoted, so a
 * cut at a line end there is the start of a record whatever DuckDB's reader makes of the lines; with
 * one, the log is read whole by one engine (a quoted field may hold line breaks).
 */
export async function hasQuoteBefore(read: ReadBytes, end: number, window = 8 * 1024 * 1024, signal?: AbortSignal): Promise<boolean> {
	for (let start = 0; start < end; start += window) {
		if (signal?.aborted) return true;
		if ((await read(start, Math.min(end, start + window))).indexOf(QUOTE) >= 0) return true;
	}
	return false;
}
