/**
 * Spreadsheet formula injection: a cell whose text starts with =, +, -, @, a tab or a carriage return
 * may be run as a formula by Excel or LibreOffice when the file is opened (OWASP "CSV injection").
 * Unit names come from imported files, so any text cell may be hostile. The text is kept and
 * prefixed with an apostrophe, which spreadsheets show as text.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutraliseCell(text: string): string {
	return DANGEROUS_START.test(text) ? `'${text}` : text;
}
