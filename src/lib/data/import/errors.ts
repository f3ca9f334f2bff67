import { message, messageIn } from '../../i18n/t';
import { describeAmbiguity } from './ambiguity-messages';

/** A file the importer cannot read at all (binary, empty, too large): the message says what to do. */
export class ImportError extends Error {
	readonly code: ImportErrorCode;
	readonly detail: Record<string, string | number>;
	constructor(code: ImportErrorCode, detail: Record<string, string | number> = {}) {
		super(describeImportError(code, detail, 'en'));
		this.name = 'ImportError';
		this.code = code;
		this.detail = detail;
	}
}

export type ImportErrorCode =
	| 'empty'
	| 'binary'
	| 'tooLarge'
	| 'tooManyColumns'
	| 'noHeader'
	| 'badWorkbook'
	| 'unsupported'
	| 'ambiguous'
	| 'notWorkbook'
	| 'workbookTooLarge'
	| 'legacyEncoding';

/** The same error, naming the file it is about: every fatal message names its file. */
export function inFile(error: unknown, file: string): unknown {
	if (!(error instanceof ImportError) || error.detail.file !== undefined || !file) return error;
	return new ImportError(error.code, { ...error.detail, file });
}

/** A cell longer than this is rejected before it can reach the database: names and figures are short. */
export const MAX_CELL_CHARS = 1000;
/** An .xlsx whose parts unzip to more than this is refused before it is read (a real appendix is ~100 KB). */
export const MAX_XLSX_UNCOMPRESSED = 50 * 1024 * 1024;
/** An .xlsx sheet with more rows than this is refused before it is read; large logs go to the raw-log import. */
export const MAX_XLSX_ROWS = 200_000;

/**
 * Size limit of the in-page parser; larger files go through the raw dossier-log import (DuckDB's reader).
 * Measured: a 49 MB table of 1 million rows took ~40 s and ~1 GB of heap to read and check; tables of
 * figures by province are kilobytes. 20 MB (~400 000 rows) stays within seconds, in a worker.
 */
export const MAX_IN_PAGE_BYTES = 20 * 1024 * 1024;
/** A real reporting table has a handful of columns; a line with thousands of cells is not one. */
export const MAX_COLUMNS = 60;

export function describeImportError(code: ImportErrorCode, d: Record<string, string | number>, locale: 'vi' | 'en'): string {
	const text = describeCode(code, d, locale);
	return d.file === undefined ? text : `${d.file}: ${text}`;
}

function describeCode(code: ImportErrorCode, d: Record<string, string | number>, locale: 'vi' | 'en'): string {
	if (code === 'ambiguous') return describeAmbiguity(d, locale);
	if (code === 'tooLarge') return message(locale, 'importError.tooLarge', { bytes: mb(d.bytes), limit: mb(d.limit) });
	return messageIn(locale, `importError.${code === 'notWorkbook' && d.kind ? 'notWorkbookKind' : code}`, d);
}

function mb(n: string | number | undefined): string {
	// Rounded up, so that a file just over the limit does not read as "50 MB, over the 50 MB limit".
	return (Math.ceil((Number(n ?? 0) / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, '');
}
