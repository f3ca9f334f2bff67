import { describe, expect, it } from 'vitest';
import { reportSource } from '../../../src/lib/export/report-source';
import { reportUnits } from '../../../src/lib/export/report-units';
import { illustrative2019 } from '../../../src/lib/data/illustrative/embedded-illustrative';
import { embedded } from '../../../src/lib/data/embedded';

describe('reportSource', () => {
	it.each([
		['an embedded real dataset cites its source as is', { source: 'Công văn 3040/BHXH-CNTT', nature: 'real' }, null, 'Công văn 3040/BHXH-CNTT'],
		[
			'an imported dataset names itself, its file and the import date',
			{ source: 'khanh-hoa.csv', nature: 'real' },
			{ name: 'Khánh Hòa quý 3', importedAt: '2026-11-23T17:02:11.000Z' },
			'bộ số liệu “Khánh Hòa quý 3” (đã nhập vào không gian làm việc từ “khanh-hoa.csv”, ngày 23/11/2026)'
		],
		[
			'a name equal to the file is not repeated',
			{ source: 'a.csv', nature: 'real' },
			{ name: 'a.csv', importedAt: '2026-01-02T00:00:00Z' },
			'bộ số liệu “a.csv” (đã nhập vào không gian làm việc ngày 02/01/2026)'
		],
		['an unreadable timestamp is left out', { source: 'b.xlsx', nature: 'real' }, { name: 'B', importedAt: 'soon' }, 'bộ số liệu “B” (đã nhập vào không gian làm việc từ “b.xlsx”)'],
		[
			'illustrative figures always say so',
			{ source: 'generator seed 1', nature: 'illustrative' },
			null,
			'Dữ liệu minh họa, không phải số liệu thật — generator seed 1'
		],
		[
			'an imported illustrative dataset too',
			{ source: 'demo.csv', nature: 'illustrative' },
			{ name: 'Demo', importedAt: '2026-11-23T00:00:00Z' },
			'Dữ liệu minh họa, không phải số liệu thật — bộ số liệu “Demo” (đã nhập vào không gian làm việc từ “demo.csv”, ngày 23/11/2026)'
		]
	] as const)('%s', (_, info, imported, expected) => {
		expect(reportSource(info, imported)).toBe(expected);
	});

	it('the embedded datasets: the illustrative one says "Dữ liệu minh họa" once, the real one does not', () => {
		const ill = reportSource(illustrative2019.info, null);
		expect(ill.match(/Dữ liệu minh họa/g)).toHaveLength(1);
		expect(reportSource(embedded.appendix.info, null)).not.toContain('minh họa');
	});
});

describe('reportUnits', () => {
	it.each([
		['2019-08-20', 63, 63, { units: 63, toUnits34: false, fixed: false }],
		['2019-08-20', 63, 34, { units: 34, toUnits34: true, fixed: false }],
		['2025-06', 63, 34, { units: 34, toUnits34: true, fixed: false }],
		['2025-07', 63, 63, { units: 34, toUnits34: false, fixed: true }],
		['2025-Q3', 34, 63, { units: 34, toUnits34: false, fixed: true }],
		['2025-06-30', 63, 63, { units: 63, toUnits34: false, fixed: false }],
		['2025-07-01', 63, 63, { units: 34, toUnits34: false, fixed: true }],
		['not a period', 34, 63, { units: 34, toUnits34: false, fixed: true }],
		['not a period', 63, 34, { units: 34, toUnits34: true, fixed: false }]
	] as const)('period %s, dataset on %i units, %i asked → %o', (period, set, wanted, expected) => {
		expect(reportUnits(period, set, wanted)).toEqual(expected);
	});
});

describe('illustrative figures in every exported file', () => {
	it('the Word appendix, the letter, the .xlsx and the .csv of the embedded illustrative dataset say "Dữ liệu minh họa"', async () => {
		const [{ exportReport }, { model2019 }, JSZip, ExcelJS] = await Promise.all([
			import('../../../src/lib/export/export-report'),
			import('./fixture-2019'),
			import('jszip').then((m) => m.default),
			import('exceljs').then((m) => m.default)
		]);
		const model = model2019({ source: reportSource(illustrative2019.info, null) });
		for (const format of ['docx', 'letter'] as const) {
			const xml = await (await JSZip.loadAsync(await exportReport(model, format))).file('word/document.xml')!.async('string');
			expect(xml, format).toContain('Dữ liệu minh họa');
		}
		const workbook = new ExcelJS.Workbook();
		const bytes = await exportReport(model, 'xlsx');
		await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
		const texts: string[] = [];
		workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))));
		expect(texts.some((t) => t.includes('Dữ liệu minh họa'))).toBe(true);
		expect(new TextDecoder().decode(await exportReport(model, 'csv'))).toContain('Dữ liệu minh họa');
	});
});
