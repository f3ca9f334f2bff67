/**
 * What the bytes of a log say about its lines, read as an editor reads them: physical lines counted
 * by line feeds, records separated by line ends outside double quotes. Pure and incremental (fed one
 * block at a time), so that the page can run it over a File and the CLI over a file on disk.
 */

/** Reads bytes [start, end) of one file. */
export type ReadBytes = (start: number, end: number) => Promise<Uint8Array>;

const BLOCK = 4 * 1024 * 1024;

/**
 * The physical line (1-based) on which each byte position lies: one more than the line feeds before
 * it. Reads the file once, from its start up to the last position asked for.
 */
export async function linesAtPositions(read: ReadBytes, size: number, positions: readonly number[]): Promise<Map<number, number>> {
	const wanted = [...new Set(positions)].filter((p) => Number.isFinite(p) && p >= 0).sort((a, b) => a - b);
	const out = new Map<number, number>();
	let line = 1;
	let at = 0;
	let next = 0;
	while (next < wanted.length && at < size) {
		const bytes = await read(at, Math.min(size, at + BLOCK));
		if (bytes.length === 0) break;
		for (let i = 0; i < bytes.length; i++) {
			while (next < wanted.length && wanted[next] === at + i) out.set(wanted[next++], line);
			if (bytes[i] === 0x0a) line++;
		}
		at += bytes.length;
	}
	for (; next < wanted.length; next++) out.set(wanted[next], line);
	return out;
}

export interface LineEnds {
	/** Record ends (outside quotes) by a bare line feed, and by carriage return + line feed. */
	lf: number;
	crlf: number;
	/** The first physical line ended by a carriage return alone (outside quotes), or null. */
	bareCr: number | null;
	/** Records whose count of fields is not the header's (a broken quote counts once, to the end of the file). */
	malformed: number;
	/** The first five of them: physical line where the record starts, and its text. */
	examples: { line: number; text: string }[];
}

/**
 * Scans the data of a log (from `start`, the first data row, which is on physical line `firstLine`)
 * for its line ends and its records of the wrong width. Quotes follow RFC 4180 (a doubled quote
 * inside quotes toggles twice, so the state comes out right).
 */
export async function scanLineEnds(
	read: ReadBytes,
	size: number,
	from: { start: number; firstLine: number; delimiter: string; columnCount: number }
): Promise<LineEnds> {
	const delimiter = from.delimiter.charCodeAt(0);
	const out: LineEnds = { lf: 0, crlf: 0, bareCr: null, malformed: 0, examples: [] };
	const decoder = new TextDecoder();
	let line = from.firstLine;
	let recordLine = line;
	let quoted = false;
	let fields = 1;
	let empty = true;
	let previous = -1;
	let text: number[] = [];
	const endRecord = () => {
		if (!empty && fields !== from.columnCount) {
			out.malformed++;
			if (out.examples.length < 5) out.examples.push({ line: recordLine, text: decoder.decode(new Uint8Array(text)) });
		}
		fields = 1;
		empty = true;
		text = [];
	};
	for (let at = from.start; at < size; ) {
		const bytes = await read(at, Math.min(size, at + BLOCK));
		if (bytes.length === 0) break;
		for (let i = 0; i < bytes.length; i++) {
			const b = bytes[i];
			if (previous === 0x0d && b !== 0x0a && !quoted && out.bareCr === null) out.bareCr = line;
			if (b === 0x0a) {
				if (!quoted) {
					if (previous === 0x0d) out.crlf++;
					else out.lf++;
					endRecord();
					recordLine = line + 1;
				}
				line++;
			} else if (b !== 0x0d || quoted) {
				if (b === 0x22) quoted = !quoted;
				else if (b === delimiter && !quoted) fields++;
				empty = false;
			}
			if (out.examples.length < 5 && text.length < 240 && b !== 0x0a && b !== 0x0d) text.push(b);
			previous = b;
		}
		at += bytes.length;
	}
	if (previous === 0x0d && !quoted && out.bareCr === null) out.bareCr = line;
	endRecord();
	return out;
}
