/** A problem in one row of a data file, named the way a person fixes it: file, line, column, value. */
export class DataFileError extends Error {
	readonly file: string;
	readonly line: number;
	readonly column: string | null;
	readonly value: string | null;
	readonly reason: string;

	constructor(file: string, line: number, reason: string, column: string | null = null, value: string | null = null) {
		const where = column === null ? '' : `, column ${column}`;
		const what = value === null ? '' : ` (value ${JSON.stringify(value)})`;
		super(`${file}, line ${line}${where}: ${reason}${what}`);
		this.name = 'DataFileError';
		this.file = file;
		this.line = line;
		this.column = column;
		this.value = value;
		this.reason = reason;
	}
}
