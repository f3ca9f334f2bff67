import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { units34Of } from '../../../src/lib/data/rawlog/units';
import type { Connector } from '../../../src/lib/db/connector';
import { createNodeConnector } from '../../../src/lib/db/node';
import { aggregateOnePass, csvSource, plainEngine, planScan, type OnePassResult } from '../../../src/lib/db/rawlog-onepass';
import { appendixDocx } from '../../../src/lib/export/docx-report';
import { officeAppendixModel } from '../../../src/lib/export/office-appendix';
import { DEFAULT_LETTER } from '../../../src/lib/export/report-model';
import { reportXlsx } from '../../../src/lib/export/xlsx-report';
import { createResolver } from '../../../src/lib/geo/resolve';
import { officeCountsOf, rankOffices } from '../../../src/lib/metrics/office-ranking';

const { reference } = embedded;
let db: Connector;
let n = 0;

async function aggregate(lines: string[], granularity: 'month' | 'year' = 'month'): Promise<OnePassResult> {
	const text = `${lines.join('\n')}\n`;
	const name = `office-${++n}.csv`;
	await db.registerFileText(name, text);
	const plan = planScan(name, new TextEncoder().encode(text));
	const bytes = new TextEncoder().encode(text);
	const out = await aggregateOnePass(plainEngine(db), csvSource([name], plan), plan, {
		fileName: name,
		bytesTotal: text.length,
		bytes: [{ size: bytes.length, read: async (start, end) => bytes.slice(start, end) }],
		granularity,
		defaultIndicator: 'benefits_e_dossiers',
		resolver: createResolver(reference.provinces),
		units34: units34Of(reference)
	});
	if (out.status !== 'done') throw new Error('cancelled');
	return out;
}

beforeAll(async () => {
	db = await createNodeConnector();
});
afterAll(async () => {
	await db.close();
});

// Khánh Hòa (56), offices A, B, C. March: A 3/4, B 3/4, C 1/2. February: A 1/4, B 2/2, C 1/1.
// Worked by hand: March best first A 75% and B 75% tie (rank 1, shown A then B by name), C 50% rank 3.
// February: B and C 100% (rank 1), A 25% (rank 3). Moves: A 3 → 1 (+2), B 1 → 1 (0), C 1 → 3 (−2);
// rate changes A +50,00 points (5000 hundredths), B −25,00, C −50,00.
const SMALL = [
	'Ngày tiếp nhận,Tỉnh,Kênh,BHXH cơ sở',
	...['01/03/2024,Khánh Hòa,điện tử,A', '02/03/2024,56,điện tử,A', '03/03/2024,Khanh Hoa,điện tử,A', '04/03/2024,Khánh Hòa,giấy,A'],
	...['01/03/2024,Khánh Hòa,điện tử,B', '02/03/2024,Khánh Hòa,điện tử,B', '03/03/2024,Khánh Hòa,điện tử,B', '04/03/2024,Khánh Hòa,giấy, B '],
	...['05/03/2024,Khánh Hòa,điện tử,C', '06/03/2024,Khánh Hòa,giấy,C'],
	...['01/02/2024,Khánh Hòa,điện tử,A', '02/02/2024,Khánh Hòa,giấy,A', '03/02/2024,Khánh Hòa,giấy,A', '04/02/2024,Khánh Hòa,giấy,A'],
	...['05/02/2024,Khánh Hòa,điện tử,B', '06/02/2024,Khánh Hòa,điện tử,B', '07/02/2024,Khánh Hòa,điện tử,C'],
	'08/02/2024,Khánh Hòa,fax,C' // rejected (unknown channel) for the province, so for the office too
];

describe('offices of a province, ranked with the province rules (checked by hand)', () => {
	it('counts per office add up to the province and rank with ties and change', async () => {
		const out = await aggregate(SMALL);
		const march = officeCountsOf(out.offices, '56', '2024-03', 'benefits_e_dossiers');
		const feb = officeCountsOf(out.offices, '56', '2024-02', 'benefits_e_dossiers');
		const province = out.summary.dataset.observations.find((o) => o.period === '2024-03')!;
		expect(march.reduce((s, o) => s + o.total, 0)).toBe(province.total);
		expect(feb.reduce((s, o) => s + o.total, 0)).toBe(4 + 3);
		const rows = rankOffices(march, 'desc', feb);
		expect(rows.map((r) => [r.position, r.rank, r.office, r.electronic, r.total, r.rateHundredths, r.change?.rankA, r.change?.rankChange, r.change?.delta])).toEqual([
			[1, 1, 'A', 3, 4, 7500, 3, 2, 5000],
			[2, 1, 'B', 3, 4, 7500, 1, 0, -2500],
			[3, 3, 'C', 1, 2, 5000, 1, -2, -5000]
		]);
		// The appendix order of Công văn 3040: lowest first.
		expect(rankOffices(march, 'asc').map((r) => [r.position, r.rank, r.office])).toEqual([[1, 1, 'C'], [2, 2, 'A'], [3, 2, 'B']]);
	});

	it('offices of a province merged on 1 July 2025 fall under their new unit', async () => {
		// Hà Giang (02) merged into Tuyên Quang (08); by year, 2025 is a period of the 34 units.
		const out = await aggregate(
			['Ngày tiếp nhận,Tỉnh,Kênh,Cơ quan tiếp nhận', '15/06/2025,Hà Giang,điện tử,BHXH Vị Xuyên', '20/06/2025,Hà Giang,giấy,BHXH Vị Xuyên', '02/07/2025,Tuyên Quang,điện tử,BHXH cơ sở Vị Xuyên', '03/07/2025,Tuyên Quang,giấy,BHXH Yên Sơn'],
			'year'
		);
		expect(out.offices.map((o) => [o.unitCode, o.office, o.period, o.electronic, o.total])).toEqual([
			['08', 'BHXH Vị Xuyên', '2025', 1, 2],
			['08', 'BHXH Yên Sơn', '2025', 0, 1],
			['08', 'BHXH cơ sở Vị Xuyên', '2025', 1, 1]
		]);
	});

	it('a province\'s own appendix of its offices comes out of the Word and Excel builders', async () => {
		const out = await aggregate(SMALL);
		const model = officeAppendixModel({
			unitName: 'BHXH tỉnh Khánh Hòa',
			unitSet: 63,
			offices: officeCountsOf(out.offices, '56', '2024-03', 'benefits_e_dossiers'),
			indicator: reference.indicators.find((i) => i.id === 'benefits_e_dossiers')!,
			periodText: 'Tháng 3/2024',
			source: 'nhật ký hồ sơ office.csv',
			order: 'asc',
			letter: DEFAULT_LETTER
		});
		expect(model.rows.map((r) => r.unit)).toEqual(['C', 'A', 'B']);
		expect(model.national).toEqual({ electronic: 7, total: 10, rateHundredths: 7000 });
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await reportXlsx(model)).buffer as ArrayBuffer);
		const cells: string[] = [];
		workbook.worksheets[0].eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
		expect(cells).toEqual(expect.arrayContaining(['C', 'A', 'B']));
		expect(cells.join(' ')).toContain('CÁC ĐƠN VỊ TIẾP NHẬN CỦA BHXH TỈNH KHÁNH HÒA');
		const docx = await JSZip.loadAsync(await appendixDocx(model));
		const xml = await docx.file('word/document.xml')!.async('string');
		expect(xml).toContain('không có danh mục đơn vị tiếp nhận toàn quốc');
	});
});
