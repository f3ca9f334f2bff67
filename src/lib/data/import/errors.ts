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
	const vi = locale === 'vi';
	switch (code) {
		case 'ambiguous':
			return describeAmbiguity(d, locale);
		case 'legacyEncoding':
			return vi
				? `Chữ trong tệp có vẻ ở bảng mã cũ ${d.encoding}, không phải Unicode: tên tỉnh sẽ không đọc được. Hãy chuyển sang Unicode (ví dụ công cụ chuyển mã của UniKey) rồi nhập lại.`
				: `The text looks like it is in the legacy ${d.encoding} encoding, not Unicode: unit names would not read. Convert it to Unicode (e.g. UniKey's converter) and import again.`;
		case 'notWorkbook':
			return vi
				? `Tệp nén (ZIP) này không chứa bảng tính .xlsx (không có xl/workbook.xml)${d.kind ? `; có vẻ là tệp ${d.kind}` : ''}. Hãy chọn tệp .xlsx hoặc CSV.`
				: `This ZIP file holds no .xlsx workbook (no xl/workbook.xml)${d.kind ? `; it looks like a ${d.kind} file` : ''}. Choose an .xlsx or CSV file.`;
		case 'workbookTooLarge':
			return vi
				? `Bảng tính quá lớn để đọc trong trang: ${d.what} vượt giới hạn ${d.limit}. Bảng số liệu theo tỉnh chỉ vài trăm dòng; nhật ký hồ sơ thô hãy xuất CSV và dùng mục "Nhật ký hồ sơ thô".`
				: `The workbook is too large to read in the page: ${d.what} passes the limit of ${d.limit}. A table by province has a few hundred rows; export a raw dossier log as CSV and use "Raw dossier logs".`;
		case 'empty':
			return vi ? 'Tệp trống: không có dòng nào để nhập.' : 'The file is empty: there is no row to import.';
		case 'binary':
			return vi
				? 'Tệp không phải văn bản (CSV, TXT) hay bảng tính .xlsx: có vẻ là tệp nhị phân. Hãy lưu bảng dưới dạng CSV hoặc .xlsx rồi chọn lại.'
				: 'The file is not text (CSV, TXT) nor an .xlsx workbook: it looks binary. Save the table as CSV or .xlsx and choose it again.';
		case 'tooLarge':
			return vi
				? `Tệp ${mb(d.bytes)} MB vượt giới hạn ${mb(d.limit)} MB của trang nhập bảng. Tệp nhật ký hồ sơ thô lớn hãy dùng mục "Nhật ký hồ sơ thô".`
				: `The file is ${mb(d.bytes)} MB, over the ${mb(d.limit)} MB limit of the table import. For large raw dossier logs use "Raw dossier logs".`;
		case 'tooManyColumns':
			return vi
				? `Dòng ${d.row} có ${d.columns} cột (tối đa ${d.limit}): đây không phải một bảng số liệu theo tỉnh. Kiểm tra dấu phân cách hoặc tệp đã chọn.`
				: `Row ${d.row} has ${d.columns} columns (at most ${d.limit}): this is not a table of figures by province. Check the delimiter or the file.`;
		case 'noHeader':
			return vi
				? 'Không tìm thấy dòng tiêu đề (cần ít nhất cột đơn vị/mã tỉnh và cột số hồ sơ). Hãy chọn vai trò từng cột bên dưới.'
				: 'No header row found (needs at least a unit or province-code column and a count column). Choose each column’s role below.';
		case 'badWorkbook':
			return vi ? `Không đọc được bảng tính .xlsx: ${d.message}` : `Could not read the .xlsx workbook: ${d.message}`;
		case 'unsupported':
			return vi
				? `Định dạng ${d.kind} chưa được hỗ trợ; hãy lưu thành .xlsx hoặc CSV.`
				: `The ${d.kind} format is not supported; save it as .xlsx or CSV.`;
	}
}

function mb(n: string | number | undefined): string {
	// Rounded up, so that a file just over the limit does not read as "50 MB, over the 50 MB limit".
	return (Math.ceil((Number(n ?? 0) / 1024 / 1024) * 10) / 10).toFixed(1).replace(/\.0$/, '');
}
