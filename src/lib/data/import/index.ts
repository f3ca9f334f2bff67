import { decodeBytes, isOle, isZip, type TextEncodingName } from './decode';
import { ImportError, MAX_IN_PAGE_BYTES } from './errors';
import { detectHeader, type HeaderLayout } from './header';
import { readTextTable, type SourceTable } from './table';

export { buildImport, toDataset, indicatorFromText, type ImportChoices, type ImportResult, type ImportReference, type RowOutcome } from './build';
export { describeFinding, type Finding } from './findings';
export { COLUMN_ROLES, detectHeader, type ColumnRole, type HeaderLayout } from './header';
export { ImportError, MAX_IN_PAGE_BYTES, describeImportError } from './errors';
export { rejectedRowsCsv } from './rejected-csv';
export type { NumberStyle } from '../../base/numbers';
export type { SourceTable } from './table';

export interface ReadSource {
	table: SourceTable;
	/** Encoding of a text file; null for a workbook. */
	encoding: TextEncodingName | null;
	layout: HeaderLayout;
}

/** A file's bytes to a table with its header found: .xlsx by content (ZIP), text otherwise. */
export async function readFileTable(name: string, bytes: Uint8Array): Promise<ReadSource> {
	if (bytes.length > MAX_IN_PAGE_BYTES) throw new ImportError('tooLarge', { bytes: bytes.length, limit: MAX_IN_PAGE_BYTES });
	if (bytes.length === 0) throw new ImportError('empty');
	if (isZip(bytes)) {
		if (/\.(docx|ods|odt)$/i.test(name)) throw new ImportError('unsupported', { kind: name.split('.').pop()! });
		const { readXlsx } = await import('./xlsx');
		const table = await readXlsx(bytes);
		return { table, encoding: null, layout: detectHeader(table.rows) };
	}
	if (isOle(bytes)) throw new ImportError('unsupported', { kind: '.xls/.doc (Office 97–2003)' });
	const { text, encoding } = decodeBytes(bytes);
	const table = readTextTable(text);
	return { table, encoding, layout: detectHeader(table.rows) };
}

/** A table pasted from Excel (tab separated) or copied out of a Word letter. */
export function readPastedTable(text: string): ReadSource {
	if (text.length > MAX_IN_PAGE_BYTES) throw new ImportError('tooLarge', { bytes: text.length, limit: MAX_IN_PAGE_BYTES });
	const table = readTextTable(text);
	return { table, encoding: null, layout: detectHeader(table.rows) };
}
