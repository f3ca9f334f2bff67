import type { ReadBytes } from './line-ends';

/**
 * Cutting a log in two, so that two DuckDB engines (two cores) each read one part. A cut is made just
 * after a line feed; whether that line feed ended a record (it may lie inside a quoted field) is
 * for the reader of the first part to tell (src/lib/db/rawlog-split.ts).
 */

const LF = 0x0a;

/** The position just after the first line feed at or after `from` (and before `size`), or null when none. */
export async function cutAfterLineFeed(read: ReadBytes, size: number, from: number, window = 64 * 1024): Promise<number | null> {
	for (let start = Math.max(0, Math.floor(from)); start < size; start += window) {
		const bytes = await read(start, Math.min(size, start + window));
		const i = bytes.indexOf(LF);
		if (i >= 0) return start + i + 1 < size ? start + i + 1 : null;
	}
	return null;
}
