/**
 * Physical lines of a text file, counted before any detection: what an editor shows as line 1, 2, 3 …
 * A line ends at CRLF, LF or a bare CR; a final line ending does not start another line.
 */
export function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 13) {
			if (text.charCodeAt(i + 1) === 10) i++;
			starts.push(i + 1);
		} else if (ch === 10) starts.push(i + 1);
	}
	if (starts.length > 1 && starts[starts.length - 1] === text.length) starts.pop();
	return starts;
}

/** The 1-based line holding the character at `offset` (a line ending belongs to the line it ends). */
export function lineAt(starts: readonly number[], offset: number): number {
	let lo = 0;
	let hi = starts.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (starts[mid] <= offset) lo = mid;
		else hi = mid - 1;
	}
	return lo + 1;
}

export function physicalLines(text: string): string[] {
	if (text === '') return [];
	const lines = text.split(/\r\n|\r|\n/);
	if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
	return lines;
}

/** A line with nothing in it but spaces, empty quoted cells and delimiters: it holds no value. */
export function isBlankLine(line: string): boolean {
	return /^[\s"';,|\f\u00a0\u2007\u202f\ufeff]*$/.test(line);
}

/** Who owns each line: index of the table row, or -1. `owner[0]` is unused (lines are 1-based). */
export function ownersFromSpans(lineCount: number, starts: readonly number[], ends: readonly number[]): Int32Array {
	const owner = new Int32Array(lineCount + 1).fill(-1);
	starts.forEach((s, i) => {
		for (let l = s; l <= ends[i] && l <= lineCount; l++) owner[l] = i;
	});
	return owner;
}

export type LineEnding = 'CRLF' | 'LF' | 'CR';

/**
 * The line endings outside quoted cells, read as PapaParse reads them (a quote opens a cell only at its
 * start). More than one kind means a record may be split or two records joined: the reader cannot tell.
 */
export function mixedLineEndings(text: string, delimiter: string): { line: number; found: LineEnding; main: LineEnding } | null {
	const count: Record<LineEnding, number> = { CRLF: 0, LF: 0, CR: 0 };
	const firstLine: Record<LineEnding, number> = { CRLF: 0, LF: 0, CR: 0 };
	let line = 1;
	let quoted = false;
	let fieldStart = true;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') i++;
				else quoted = false;
			} else if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
			continue;
		}
		if (ch === '"' && fieldStart) {
			quoted = true;
			fieldStart = false;
			continue;
		}
		if (ch === delimiter) {
			fieldStart = true;
			continue;
		}
		if (ch === '\r' || ch === '\n') {
			const kind: LineEnding = ch === '\n' ? 'LF' : text[i + 1] === '\n' ? 'CRLF' : 'CR';
			if (kind === 'CRLF') i++;
			if (count[kind]++ === 0) firstLine[kind] = line;
			line++;
			fieldStart = true;
			continue;
		}
		fieldStart = false;
	}
	const kinds = (Object.keys(count) as LineEnding[]).filter((k) => count[k] > 0).sort((a, b) => count[b] - count[a]);
	if (kinds.length < 2) return null;
	const main = kinds[0];
	const found = kinds.slice(1).sort((a, b) => firstLine[a] - firstLine[b])[0];
	return { line: firstLine[found], found, main };
}
