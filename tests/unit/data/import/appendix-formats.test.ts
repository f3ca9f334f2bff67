import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { buildImport, readFileTable, type ReadSource } from '../../../../src/lib/data/import/index';
import { buildRanking } from '../../../../src/lib/metrics/ranking';

const reference = embedded.reference;
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url)));
const choices = { period: '20/08/2019', indicator: 'benefits_e_dossiers' };

function ranking(observations: { unitCode: string; electronic: number; total: number }[]) {
	const counts = observations.map((o) => ({ code: o.unitCode, electronic: o.electronic, total: o.total }));
	return buildRanking(counts, reference.provinces, 'asc', 8000);
}
const expected = ranking(embedded.appendix.observations);

function importAll(source: ReadSource) {
	return buildImport(source.table, source.layout, { roles: source.layout.roles, ...choices }, reference);
}

/** The appendix as a workbook an office would save: a title, a two-row header with merged cells, numbers as numbers, rates as percent cells, a total row. */
async function appendixWorkbook(): Promise<Uint8Array> {
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Phụ lục');
	ws.addRow(['TỶ LỆ GIAO DỊCH ĐIỆN TỬ BHXH LĨNH VỰC THỰC HIỆN CHÍNH SÁCH']);
	ws.addRow(['STT', 'Đơn vị', 'Hồ sơ', null, 'Tỷ lệ']);
	ws.addRow([null, null, 'Giao dịch điện tử', 'Tổng số', null]);
	ws.mergeCells('C2:D2');
	ws.mergeCells('A2:A3');
	for (const o of embedded.appendix.observations) {
		const row = ws.addRow([ws.rowCount - 2, o.sourceName, o.electronic, o.total, o.electronic / o.total]);
		row.getCell(5).numFmt = '0.00%';
		row.getCell(4).numFmt = '#,##0';
	}
	ws.addRow([null, 'Tổng cộng', 1545438, 4177524, 0.3699]);
	return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('the 2019 appendix, as people have it, imports to exactly the embedded ranking', () => {
	it('pasted as copied from the letter (each cell on its own line)', async () => {
		const source = await readFileTable('letter.txt', fixture('cv3040-2019-letter.txt'));
		expect(source.table.format).toBe('letter');
		expect(source.layout.labels).toEqual(['STT', 'Đơn vị', 'Hồ sơ / Giao dịch điện tử', 'Hồ sơ / Tổng số', 'Tỷ lệ']);
		const result = importAll(source);
		expect(result.numberStyle).toBe('vi');
		expect(result.counts).toEqual({ read: 63, imported: 63, setAside: 0, rejected: 0 });
		expect(result.findings).toEqual([]);
		expect(ranking(result.observations)).toEqual(expected);
	});

	it('saved from Excel as a semicolon CSV with BOM and a total row', async () => {
		const source = await readFileTable('phu-luc.csv', fixture('cv3040-2019-excel-semicolon.csv'));
		expect(source).toMatchObject({ encoding: 'utf-8-bom', table: { delimiter: ';' }, layout: { headerRows: 2 } });
		expect(source.layout.roles).toEqual(['stt', 'name', 'electronic', 'total', 'rate']);
		const result = importAll(source);
		expect(result.counts).toEqual({ read: 64, imported: 63, setAside: 1, rejected: 0 });
		expect(result.findings.map((f) => [f.row, f.code])).toEqual([[66, 'totalRow']]);
		expect(ranking(result.observations)).toEqual(expected);
	});

	it('saved as .xlsx', async () => {
		const source = await readFileTable('phu-luc.xlsx', await appendixWorkbook());
		expect(source.table).toMatchObject({ format: 'xlsx', sheet: 'Phụ lục' });
		expect(source.layout).toMatchObject({ headerIndex: 1, headerRows: 2, roles: ['stt', 'name', 'electronic', 'total', 'rate'] });
		const result = importAll(source);
		expect(result.counts).toEqual({ read: 64, imported: 63, setAside: 1, rejected: 0 });
		expect(result.findings.filter((f) => f.code !== 'totalRow')).toEqual([]);
		expect(ranking(result.observations)).toEqual(expected);
	});

	it('saved from Excel as "Unicode text" (UTF-16 LE, tab separated)', async () => {
		const text = new TextDecoder().decode(fixture('cv3040-2019-excel-semicolon.csv')).replace(/^\uFEFF/, '').replace(/;/g, '\t');
		const bytes = new Uint8Array(2 + text.length * 2);
		bytes.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) {
			bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
			bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
		}
		const source = await readFileTable('phu-luc.txt', bytes);
		expect(source).toMatchObject({ encoding: 'utf-16le', table: { delimiter: '\t' } });
		expect(ranking(importAll(source).observations)).toEqual(expected);
	});

	it('the shipped long-format file reads with its own period and indicator columns', async () => {
		const source = await readFileTable('bhxh-3040-2019.csv', new Uint8Array(readFileSync('data/bhxh-3040-2019.csv')));
		expect(source.layout.roles).toEqual(['stt', 'code', 'name', 'period', 'indicator', 'electronic', 'total', 'rate']);
		const result = buildImport(source.table, source.layout, { roles: source.layout.roles }, reference);
		expect(result.findings).toEqual([]);
		expect(result.observations).toEqual(embedded.appendix.observations);
	});
});
