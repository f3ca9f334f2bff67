import Papa from 'papaparse';
import { neutraliseCell } from './cell-safety';
import { HEADERS, rowTexts, type ReportModel } from './report-model';

export const UTF8_BOM = '\uFEFF';

/**
 * The appendix table as people read it: Vietnamese formats (168.121, 0,22%), exactly the printed
 * text, UTF-8 with a byte-order mark so Excel on Windows shows the diacritics, CRLF line ends, and
 * every text cell neutralised against formula injection. The unit code is the last column so that
 * the file can still be joined to other data. The last row is the source line, as under the printed table. For computing, `cli rank` (src/lib/export/ranking-csv.ts)
 * gives plain numbers, and the .xlsx stores real numbers.
 */
export function reportCsv(model: ReportModel): string {
	const fields = [HEADERS.stt, HEADERS.unit, `${HEADERS.dossiers}: ${HEADERS.electronic}`, `${HEADERS.dossiers}: ${HEADERS.total}`, HEADERS.rate, 'Mã đơn vị'];
	const data = model.rows.map((row) => {
		const t = rowTexts(row);
		return [String(row.stt), neutraliseCell(row.unit), t.electronic, t.total, t.rate, neutraliseCell(row.code)];
	});
	const national = rowTexts(model.national);
	data.push(['', HEADERS.grandTotal, national.electronic, national.total, national.rate, '']);
	// Where the figures come from (and "Dữ liệu minh họa" for illustrative ones) travels with the table.
	data.push(['', neutraliseCell(model.sourceLine), '', '', '', '']);
	return UTF8_BOM + Papa.unparse({ fields, data }, { newline: '\r\n', quotes: true }) + '\r\n';
}

export function reportCsvBytes(model: ReportModel): Uint8Array {
	return new TextEncoder().encode(reportCsv(model));
}
