import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { XLSX_LAYOUT, reportXlsx } from '../../../src/lib/export/xlsx-report';
import { appendixFromLetter, model2019 } from './fixture-2019';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Worksheet> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
	return workbook.worksheets[0];
}

const vn = (s: string) => Number(s.replace(/\./g, '').replace(',', '.').replace('%', ''));

describe('report xlsx, read back cell by cell', () => {
	it('is a zip file', async () => {
		const bytes = await reportXlsx(model2019());
		expect([...bytes.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
	});

	it('stores counts and rates as numbers with display formats, in the appendix order', async () => {
		const sheet = await readBack(await reportXlsx(model2019()));
		const letter = appendixFromLetter();
		letter.forEach((l, i) => {
			const row = sheet.getRow(XLSX_LAYOUT.firstDataRow + i);
			expect(row.getCell(1).value).toBe(Number(l.stt));
			expect(typeof row.getCell(2).value).toBe('string');
			expect(row.getCell(3).value).toBe(vn(l.electronic));
			expect(row.getCell(4).value).toBe(vn(l.total));
			expect(row.getCell(5).value).toBeCloseTo(vn(l.rate) / 100, 10);
			expect(row.getCell(3).numFmt).toBe('#,##0');
			expect(row.getCell(4).numFmt).toBe('#,##0');
			expect(row.getCell(5).numFmt).toBe('0.00%');
		});
		const total = sheet.getRow(XLSX_LAYOUT.firstDataRow + 63);
		expect([total.getCell(1).value, total.getCell(3).value, total.getCell(4).value, total.getCell(5).value]).toEqual(['Tổng cộng', 1545438, 4177524, 0.3699]);
	});

	it('has the title rows, the two merged header rows and an A4 print setup repeating them', async () => {
		const sheet = await readBack(await reportXlsx(model2019()));
		expect(sheet.getCell('A1').value).toBe('Phụ lục');
		expect(sheet.getCell('A2').value).toBe('TỶ LỆ GIAO DỊCH ĐIỆN TỬ LĨNH VỰC THỰC HIỆN CHÍNH SÁCH BHXH');
		expect(sheet.getCell('A3').value).toBe('(Kèm theo Công văn số 3040/BHXH-CNTT ngày 20 tháng 08 năm 2019 của BHXH Việt Nam)');
		expect(sheet.getCell('A3').font.italic).toBe(true);
		expect(['A5', 'B5', 'C5', 'C6', 'D6', 'E5'].map((a) => sheet.getCell(a).value)).toEqual(['STT', 'Đơn vị', 'Hồ sơ', 'Giao dịch điện tử', 'Tổng số', 'Tỷ lệ']);
		expect(sheet.getCell('D5').isMerged && sheet.getCell('D5').master.address).toBe('C5');
		expect(sheet.getCell('A6').master.address).toBe('A5');
		expect(sheet.pageSetup.paperSize).toBe(9);
		expect(sheet.pageSetup.orientation).toBe('portrait');
		expect(sheet.pageSetup.printTitlesRow).toBe('5:6');
		expect(sheet.getCell('B7').font.name).toBe('Times New Roman');
	});

	it('fills the rows below the target when highlighting is asked for', async () => {
		const model = model2019({ highlightBelow: true, targetHundredths: 5000 });
		const sheet = await readBack(await reportXlsx(model));
		model.rows.forEach((r, i) => {
			const fill = sheet.getRow(XLSX_LAYOUT.firstDataRow + i).getCell(2).fill as ExcelJS.FillPattern | undefined;
			expect(fill?.fgColor?.argb === 'FFFBE3D6', `row ${r.stt}`).toBe(r.below);
		});
	});

	it('neutralises hostile unit names', async () => {
		const base = model2019();
		const hostile = { ...base, rows: base.rows.map((r, i) => (i === 0 ? { ...r, unit: '=1+2' } : i === 1 ? { ...r, unit: '-1' } : r)) };
		const sheet = await readBack(await reportXlsx(hostile));
		expect(sheet.getCell(`B${XLSX_LAYOUT.firstDataRow}`).value).toBe("'=1+2");
		expect(sheet.getCell(`B${XLSX_LAYOUT.firstDataRow + 1}`).value).toBe("'-1");
		expect(sheet.getCell(`B${XLSX_LAYOUT.firstDataRow}`).formula).toBeUndefined();
	});
});
