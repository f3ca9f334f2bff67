import type { Workbook, CellValue } from 'exceljs';
import { ImportError, MAX_COLUMNS } from './errors';
import { ownersFromSpans } from './physical-lines';
import type { SourceTable } from './table';

/**
 * Reads the first worksheet that holds data of an .xlsx workbook (exceljs, loaded only when a workbook
 * is opened). Numbers come out as plain digits ("168121", "0.22"); percent-formatted cells as "0.22%".
 */
export async function readXlsx(bytes: Uint8Array): Promise<SourceTable> {
	const mod = await import('exceljs');
	const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
	const workbook: Workbook = new ExcelJS.Workbook();
	try {
		await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	} catch (error) {
		throw new ImportError('badWorkbook', { message: error instanceof Error ? error.message : String(error) });
	}
	for (const sheet of workbook.worksheets) {
		const rows: string[][] = [];
		const rowNumbers: number[] = [];
		sheet.eachRow({ includeEmpty: false }, (row, number) => {
			const cells: string[] = [];
			row.eachCell({ includeEmpty: true }, (c, col) => {
				if (col > MAX_COLUMNS) throw new ImportError('tooManyColumns', { row: number, columns: col, limit: MAX_COLUMNS });
				cells[col - 1] = cellText(c.value, c.numFmt);
			});
			for (let i = 0; i < cells.length; i++) cells[i] ??= '';
			while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
			if (cells.length > 0) {
				rows.push(cells);
				rowNumbers.push(number);
			}
		});
		if (rows.length > 0) {
			const count = Math.max(sheet.rowCount, rowNumbers[rowNumbers.length - 1]);
			return { format: 'xlsx', rows, rowNumbers, delimiter: null, sheet: sheet.name, lines: { count, owner: ownersFromSpans(count, rowNumbers, rowNumbers) } };
		}
	}
	throw new ImportError('empty');
}

function plainNumber(n: number): string {
	// Shortest exact form; avoids 1e-7 style output for small rates.
	return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

export function cellText(value: CellValue, numFmt?: string): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return numFmt && numFmt.includes('%') ? `${plainNumber(value * 100)}%` : plainNumber(value);
	if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
	if (typeof value === 'boolean') return String(value);
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	if (typeof value === 'object') {
		if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
		if ('result' in value) return cellText(value.result as CellValue, numFmt);
		if ('text' in value) return String(value.text).trim();
		if ('error' in value) return String(value.error);
	}
	return String(value);
}
