/**
 * DuckDB's CSV reader numbers a rejected line by records: after a quoted cell holding a line break it
 * drifts from the file's lines. This maps record k (1-based, within a chunk of bytes) to the physical
 * line on which it starts, counting line breaks inside quotes as an editor does.
 */
export function physicalLineOfRecord(bytes: Uint8Array, record: number): number {
	let line = 1;
	let records = 1;
	let quoted = false;
	for (let i = 0; i < bytes.length && records < record; i++) {
		const b = bytes[i];
		if (b === 0x22) quoted = !quoted;
		else if (b === 0x0a) {
			line++;
			if (!quoted) records++;
		}
	}
	return line + Math.max(0, record - records);
}
