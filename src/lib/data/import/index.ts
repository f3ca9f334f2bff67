import { decodeBytes, isOle, isZip, type TextEncodingName } from './decode';
import { checkStructure } from './ambiguity';
import { fromLegacy, tableFromLegacy } from './legacy-encodings';
import { ImportError, inFile, MAX_IN_PAGE_BYTES } from './errors';
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
	/** The decoded text of a text file, kept to check that every non-blank line was counted. */
	text?: string;
}

function withHeader(table: SourceTable, encoding: TextEncodingName | null, text?: string): ReadSource {
	const layout = detectHeader(table.rows);
	checkStructure(table, layout);
	return { table, encoding, layout, text };
}

/** A file's bytes to a table with its header found: .xlsx by content (ZIP), text otherwise. */
export async function readFileTable(name: string, bytes: Uint8Array): Promise<ReadSource> {
	try {
		return await readNamedFile(name, bytes);
	} catch (error) {
		throw inFile(error, name);
	}
}

async function readNamedFile(name: string, bytes: Uint8Array): Promise<ReadSource> {
	if (bytes.length > MAX_IN_PAGE_BYTES) throw new ImportError('tooLarge', { bytes: bytes.length, limit: MAX_IN_PAGE_BYTES });
	if (bytes.length === 0) throw new ImportError('empty');
	if (isZip(bytes)) {
		if (/\.(docx|ods|odt)$/i.test(name)) throw new ImportError('unsupported', { kind: name.split('.').pop()! });
		const { checkXlsxZip } = await import('./xlsx-guard');
		await checkXlsxZip(bytes);
		const { readXlsx } = await import('./xlsx');
		const table = await readXlsx(bytes);
		return withHeader(table, tableFromLegacy(table.rows));
	}
	if (isOle(bytes)) throw new ImportError('unsupported', { kind: '.xls/.doc (Office 97–2003)' });
	const decoded = decodeBytes(bytes);
	// UTF-8 text typed in a .VnTime font (TCVN3) is converted too; the encoding says so.
	const legacy = decoded.encoding === 'tcvn3' ? { text: decoded.text, legacy: null } : fromLegacy(decoded.text);
	const text = legacy.text;
	const encoding = legacy.legacy ?? decoded.encoding;
	return withHeader(readTextTable(text), encoding, text);
}

/** A table pasted from Excel (tab separated) or copied out of a Word letter. */
export function readPastedTable(text: string): ReadSource {
	if (text.length > MAX_IN_PAGE_BYTES) throw new ImportError('tooLarge', { bytes: text.length, limit: MAX_IN_PAGE_BYTES });
	return withHeader(readTextTable(text), null, text);
}
