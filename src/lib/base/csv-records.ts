import Papa from 'papaparse';
import { DataFileError } from './data-file-error';

export interface CsvRecord {
	/** 1-based line number in the file (the header is line 1). */
	line: number;
	/** The trimmed cell of a column; a column the file does not have is an error. */
	get(column: string): string;
	/** Whether the file has this column. */
	has(column: string): boolean;
}

/**
 * Reads a strict, comma-separated, UTF-8 file with a header row — the shape of the files shipped in
 * data/ — and fails with file, line and reason on any malformed row rather than guessing.
 */
export function readCsvRecords(file: string, text: string, required: readonly string[]): CsvRecord[] {
	const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const parsed = Papa.parse<string[]>(body, { skipEmptyLines: 'greedy', delimiter: ',' });
	const [header, ...rows] = parsed.data;
	if (!header) throw new DataFileError(file, 1, 'the file is empty');
	for (const col of required) {
		if (!header.includes(col)) throw new DataFileError(file, 1, `missing column "${col}"`);
	}
	const error = parsed.errors.find((e) => e.type !== 'Delimiter');
	if (error) throw new DataFileError(file, (error.row ?? 0) + 2, error.message);
	const index = new Map(header.map((name, i) => [name, i]));
	// Lines are counted on the raw text so that the number matches what an editor shows.
	const lineOfRow = lineNumbersOfRows(body);
	return rows.map((cells, i) => {
		const line = lineOfRow[i + 1] ?? i + 2;
		if (cells.length !== header.length) {
			throw new DataFileError(file, line, `expected ${header.length} fields, found ${cells.length}`);
		}
		return {
			line,
			get(column: string): string {
				const at = index.get(column);
				if (at === undefined) throw new DataFileError(file, line, `unknown column "${column}"`);
				return cells[at].trim();
			},
			has(column: string): boolean {
				return index.has(column);
			}
		};
	});
}

/** Start line (1-based) of each non-empty record, honouring quoted fields that span lines. */
function lineNumbersOfRows(text: string): number[] {
	const starts: number[] = [];
	let line = 1;
	let inQuotes = false;
	let atRecordStart = true;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (atRecordStart && !/\s/.test(ch)) {
			starts.push(line);
			atRecordStart = false;
		}
		if (ch === '"') inQuotes = !inQuotes;
		else if (ch === '\n') {
			line++;
			if (!inQuotes) atRecordStart = true;
		}
	}
	return starts;
}
