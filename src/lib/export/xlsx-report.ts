import ExcelJS from 'exceljs';
import { formatPercentHundredths } from '../i18n/format';
import { neutraliseCell } from './cell-safety';
import { HEADERS, type ReportModel } from './report-model';

const FONT = { name: 'Times New Roman', size: 13 } as const;
const HIGHLIGHT = 'FFFBE3D6';
const COUNT_FORMAT = '#,##0';
const RATE_FORMAT = '0.00%';
const thin = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
/** Inches, as Excel's page setup wants them: the Nghị định 30/2020 margins (30 mm left, 15 right, 20 top/bottom). */
const MM = 1 / 25.4;

/** Rows 1–3 title, 4 blank, 5–6 the two header rows (repeated on every printed page), data from 7. */
export const XLSX_LAYOUT = { headerRows: [5, 6], firstDataRow: 7, columns: ['A', 'B', 'C', 'D', 'E'] } as const;

/**
 * The appendix as a worksheet. Counts are numbers shown "#,##0" and rates are numbers (the printed,
 * rounded value, 0.0022 for 0,22%) shown "0.00%": Excel and LibreOffice display them with the
 * reader's locale separators, 168.121 and 0,22% on a Vietnamese system.
 */
export async function reportXlsx(model: ReportModel): Promise<Uint8Array> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = model.letter.issuerShort;
	workbook.title = model.title;
	const sheet = workbook.addWorksheet('Phụ lục', {
		pageSetup: {
			paperSize: 9, // A4
			orientation: 'portrait',
			fitToPage: true,
			fitToWidth: 1,
			fitToHeight: 0,
			horizontalCentered: true,
			printTitlesRow: `${XLSX_LAYOUT.headerRows[0]}:${XLSX_LAYOUT.headerRows[1]}`,
			margins: { left: 30 * MM, right: 15 * MM, top: 20 * MM, bottom: 20 * MM, header: 10 * MM, footer: 10 * MM }
		},
		headerFooter: { differentFirst: true, oddHeader: '&C&"Times New Roman"&13&P', firstHeader: '' },
		views: [{ state: 'frozen', ySplit: XLSX_LAYOUT.headerRows[1] }]
	});
	sheet.columns = [{ width: 7 }, { width: 38 }, { width: 18 }, { width: 18 }, { width: 12 }];

	const title = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
		sheet.mergeCells(row, 1, row, 5);
		const c = sheet.getCell(row, 1);
		c.value = neutraliseCell(text);
		c.font = { ...FONT, ...font };
		c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
	};
	title(1, 'Phụ lục', { size: 14, bold: true });
	title(2, model.title, { size: 14, bold: true });
	title(3, model.attachmentLine, { size: 13, italic: true });
	sheet.getRow(2).height = 36;

	const [h1, h2] = XLSX_LAYOUT.headerRows;
	const header = (address: string, text: string) => {
		const c = sheet.getCell(address);
		c.value = text;
	};
	header(`A${h1}`, HEADERS.stt);
	header(`B${h1}`, HEADERS.unit);
	header(`C${h1}`, HEADERS.dossiers);
	header(`E${h1}`, HEADERS.rate);
	header(`C${h2}`, HEADERS.electronic);
	header(`D${h2}`, HEADERS.total);
	sheet.mergeCells(`A${h1}:A${h2}`);
	sheet.mergeCells(`B${h1}:B${h2}`);
	sheet.mergeCells(`C${h1}:D${h1}`);
	sheet.mergeCells(`E${h1}:E${h2}`);
	for (const r of [h1, h2]) {
		for (const col of XLSX_LAYOUT.columns) {
			const c = sheet.getCell(`${col}${r}`);
			c.font = { ...FONT, bold: true };
			c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
			c.border = BORDER;
		}
	}

	let r = XLSX_LAYOUT.firstDataRow;
	const dataRow = (values: (string | number | null)[], opts: { bold?: boolean; fill?: boolean }) => {
		const row = sheet.getRow(r++);
		row.values = values;
		row.eachCell({ includeEmpty: true }, (c, col) => {
			c.font = { ...FONT, bold: opts.bold };
			c.border = BORDER;
			c.alignment = { vertical: 'middle', horizontal: col === 1 ? 'center' : col === 2 ? 'left' : 'right' };
			if (col === 3 || col === 4) c.numFmt = COUNT_FORMAT;
			if (col === 5) c.numFmt = RATE_FORMAT;
			if (opts.fill) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HIGHLIGHT } };
		});
		return row;
	};
	for (const row of model.rows) {
		dataRow([row.stt, neutraliseCell(row.unit), row.electronic, row.total, row.rateHundredths === null ? null : row.rateHundredths / 10000], {
			fill: row.below
		});
	}
	const totalRow = r;
	dataRow([HEADERS.grandTotal, null, model.national.electronic, model.national.total, model.national.rateHundredths === null ? null : model.national.rateHundredths / 10000], {
		bold: true
	});
	sheet.mergeCells(totalRow, 1, totalRow, 2);
	sheet.getCell(totalRow, 1).alignment = { horizontal: 'center', vertical: 'middle' };

	r++;
	const note = (text: string) => {
		sheet.mergeCells(r, 1, r, 5);
		const c = sheet.getCell(r, 1);
		c.value = neutraliseCell(text);
		c.font = { ...FONT, size: 12, italic: true };
		c.alignment = { wrapText: true, vertical: 'top' };
		sheet.getRow(r).height = 32;
		r++;
	};
	if (model.highlightBelow && model.targetHundredths !== null) {
		note(`Ghi chú: các dòng tô màu là đơn vị có tỷ lệ dưới mục tiêu ${formatPercentHundredths(model.targetHundredths)}.`);
	}
	note(model.sourceLine);
	sheet.pageSetup.printArea = `A1:E${r - 1}`;

	const buffer = await workbook.xlsx.writeBuffer();
	return new Uint8Array(buffer as ArrayBuffer);
}
