import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { importCsv, importWorkspaceFile, watch } from './helpers/live-import';

// A province office's figures, imported on /import/, leave as the appendix of a letter: the report page
// loads them from this browser's workspace into DuckDB and exports exactly them. Every expected cell
// below is worked out from this table, not from the app.
const FIGURES = [
	{ code: '01', name: 'Hà Nội', office: 'BHXH TP Hà Nội', period: '12/2019', electronic: 1234, total: 5000 },
	{ code: '56', name: 'Khánh Hòa', office: 'BHXH Tỉnh Khánh Hòa', period: '12/2019', electronic: 2345, total: 3125 },
	{ code: '92', name: 'Cần Thơ', office: 'BHXH TP Cần Thơ', period: '12/2019', electronic: 150, total: 2000 },
	{ code: '01', name: 'Hà Nội', office: 'BHXH TP Hà Nội', period: '11/2019', electronic: 1000, total: 5000 },
	{ code: '56', name: 'Khánh Hòa', office: 'BHXH Tỉnh Khánh Hòa', period: '11/2019', electronic: 2000, total: 3125 },
	{ code: '92', name: 'Cần Thơ', office: 'BHXH TP Cần Thơ', period: '11/2019', electronic: 1900, total: 2000 }
];
const vn = (n: number) => n.toLocaleString('de-DE'); // 1.234: the Vietnamese grouping
const CSV = [
	'Mã tỉnh;Tỉnh/TP;Kỳ;Lĩnh vực;Giao dịch điện tử;Tổng số',
	...FIGURES.map((f) => `${f.code};${f.name};${f.period};Thực hiện chính sách;${vn(f.electronic)};${vn(f.total)}`)
].join('\r\n');

/** The appendix rows of one period as printed: lowest rate first, "24,68%". */
function expectedRows(period: string) {
	return FIGURES.filter((f) => f.period === period)
		.map((f) => ({ ...f, rate: (f.electronic / f.total) * 100 }))
		.sort((a, b) => a.rate - b.rate)
		.map((f, i) => [String(i + 1), f.office, vn(f.electronic), vn(f.total), `${f.rate.toFixed(2).replace('.', ',')}%`]);
}

async function downloadOf(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-format="${format}"]`).click()]);
	return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

const previewRows = (page: Page) =>
	page
		.locator('[data-testid="appendix-preview"] tbody tr')
		.evaluateAll((trs) => trs.map((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim())));

test('an imported CSV becomes the appendix: preview, .xlsx and .csv hold exactly its figures', async ({ page, baseURL }) => {
	const problems = watch(page, new URL(baseURL!).origin);

	await importCsv(page, { fileName: 'bao-cao-3-tinh.csv', csv: CSV, rows: 6, datasetName: 'Ba tỉnh cuối 2019' });

	// The workspace list offers the letter for each dataset.
	const row = page.locator('#workspace-table tbody tr').filter({ hasText: 'Ba tỉnh cuối 2019' });
	const reportLink = row.getByRole('link', { name: 'Xuất công văn' });
	await expect(reportLink).toHaveText('Xuất công văn');
	const id = new URL((await reportLink.getAttribute('href'))!, baseURL).searchParams.get('dataset')!;
	expect(id).toMatch(/^imp-/);
	await reportLink.click();
	await expect(page).toHaveURL(new RegExp(`/report/\\?dataset=${id}$`));

	// The picker lists it as imported; the latest period opens; the preview is the CSV's own figures.
	await expect(page.locator(`select[name="dataset"] option[value="${id}"]`)).toHaveText('Ba tỉnh cuối 2019 (đã nhập)');
	await expect(page.locator('select[name="dataset"]')).toHaveValue(id);
	await expect(page.getByTestId('imported-banner')).toContainText('bao-cao-3-tinh.csv');
	await expect(page.locator('select[name="period"] option')).toHaveText(['Tháng 11/2019', 'Tháng 12/2019']);
	await expect(page.locator('[data-testid="appendix-preview"] tbody tr')).toHaveCount(3);
	expect(await previewRows(page)).toEqual(expectedRows('12/2019'));
	// 3.729 / 10.125 = 36,83%
	await expect(page.locator('[data-testid="appendix-preview"] tfoot')).toContainText('3.729');
	await expect(page.locator('[data-testid="appendix-preview"] tfoot')).toContainText('10.125');
	await expect(page.locator('.paper .source')).toContainText('“Ba tỉnh cuối 2019” (đã nhập vào không gian làm việc từ “bao-cao-3-tinh.csv”');
	await page.screenshot({ path: 'test-results/report-live.png', fullPage: true });

	// Excel: real numbers in the cells, the source line saying what the figures are.
	const xlsx = await downloadOf(page, 'xlsx');
	expect(xlsx.name).toBe('phu-luc_2019-12_63-don-vi.xlsx');
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer);
	const sheet = workbook.worksheets[0];
	const want = FIGURES.filter((f) => f.period === '12/2019').sort((a, b) => a.electronic / a.total - b.electronic / b.total);
	want.forEach((f, i) => {
		const r = 7 + i;
		expect(sheet.getCell(`A${r}`).value).toBe(i + 1);
		expect(sheet.getCell(`B${r}`).value).toBe(f.office);
		expect(sheet.getCell(`C${r}`).value).toBe(f.electronic);
		expect(sheet.getCell(`D${r}`).value).toBe(f.total);
		expect(sheet.getCell(`E${r}`).value).toBeCloseTo(f.electronic / f.total, 4);
	});
	expect(sheet.getCell('A10').value).toBe('Tổng cộng');
	expect(sheet.getCell('C10').value).toBe(3729);
	expect(sheet.getCell('D10').value).toBe(10125);
	const notes: string[] = [];
	sheet.eachRow((r) => {
		const v = r.getCell(1).value;
		if (typeof v === 'string' && v.startsWith('Nguồn số liệu')) notes.push(v);
	});
	expect(notes).toHaveLength(1);
	expect(notes[0]).toContain('“Ba tỉnh cuối 2019”');
	expect(notes[0]).toContain('bao-cao-3-tinh.csv');
	expect(notes[0]).toContain('đã nhập');
	expect(notes[0]).toContain('tháng 12/2019');

	// Another period: the pickers follow the dataset, the CSV follows the choice.
	await page.locator('select[name="period"]').selectOption('2019-11');
	await expect(page).toHaveURL(/period=2019-11/);
	await expect.poll(() => previewRows(page)).toEqual(expectedRows('11/2019'));
	const csv = await downloadOf(page, 'csv');
	expect(csv.name).toBe('phu-luc_2019-11_63-don-vi.csv');
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
	const byCode = new Map(FIGURES.filter((f) => f.period === '11/2019').map((f) => [f.office, f.code]));
	expect(lines).toEqual([
		'"STT","Đơn vị","Hồ sơ: Giao dịch điện tử","Hồ sơ: Tổng số","Tỷ lệ","Mã đơn vị"',
		...expectedRows('11/2019').map((r) => [...r, byCode.get(r[1])].map((c) => `"${c}"`).join(',')),
		// 4.900 / 10.125 = 48,40%
		'"","Tổng cộng","4.900","10.125","48,40%",""',
		expect.stringMatching(/^"","Nguồn số liệu: bộ số liệu “Ba tỉnh cuối 2019” \(đã nhập vào không gian làm việc từ “bao-cao-3-tinh\.csv”, ngày \d\d\/\d\d\/\d{4}\); số liệu tháng 11\/2019\.","","","",""$/)
	]);

	// 34 units: the 63 provinces' figures summed through the crosswalk (Cần Thơ 92 is a 34-unit on its own).
	await page.locator('select[name="units"]').selectOption('34');
	await expect(page.locator('[data-testid="appendix-preview"] tbody tr')).toHaveCount(3);
	await expect(page.locator('[data-testid="appendix-preview"] tfoot')).toContainText('4.900');
	expect(problems).toEqual([]);
});

test('report states: an id this browser lacks, and a DuckDB that cannot start', async ({ page, baseURL }) => {
	const problems = watch(page, new URL(baseURL!).origin);
	await page.goto('/report/?dataset=imp-not-here');
	const state = page.getByTestId('live-state');
	await expect(state).toHaveAttribute('data-state', 'not_found');
	await expect(state).toContainText('imp-not-here');
	await expect(state.locator('a')).toHaveAttribute('href', /\/import\/$/);
	await expect(page.locator(`select[name="dataset"] option[value="imp-not-here"]`)).toHaveText('imp-not-here (không có trong trình duyệt này)');
	await expect(page.locator('[data-testid="appendix-preview"]')).toHaveCount(0);
	await expect(page.locator('button[data-format="xlsx"]')).toBeDisabled();
	await page.screenshot({ path: 'test-results/report-live-not-found.png', fullPage: false });
	expect(problems).toEqual([]);

	// A dataset in the workspace, an engine the server cannot deliver: the DuckDB error, no figures.
	const info = { id: 'imp-test-report', titleVi: 'Một kỳ', titleEn: 'One period', source: 'mot-ky.csv', nature: 'real', unitSet: 63 };
	const workspace = {
		format: 'bhxh-workspace',
		version: 1,
		exportedAt: '2026-01-01T00:00:00.000Z',
		datasets: [
			{
				// Hà Giang (02) and Tuyên Quang (08) in 06/2025, the unit Tuyên Quang (08, both merged) in 09/2025.
				entry: { id: 'imp-test-merger', name: 'Qua sáp nhập', info: { ...info, id: 'imp-test-merger', source: 'sap-nhap.csv' }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', observations: 3, periods: ['2025-06', '2025-09'], indicators: ['benefits_e_dossiers'] },
				observations: [
					{ unitCode: '02', period: '2025-06', indicator: 'benefits_e_dossiers', electronic: 100, total: 1000, statedRate: null, sourceName: null },
					{ unitCode: '08', period: '2025-06', indicator: 'benefits_e_dossiers', electronic: 200, total: 1000, statedRate: null, sourceName: null },
					{ unitCode: '08', period: '2025-09', indicator: 'benefits_e_dossiers', electronic: 800, total: 2000, statedRate: null, sourceName: null }
				]
			},
			{
				entry: { id: info.id, name: 'Một kỳ', info, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', observations: 1, periods: ['2019-12'], indicators: ['benefits_e_dossiers'] },
				observations: [{ unitCode: '01', period: '2019-12', indicator: 'benefits_e_dossiers', electronic: 1, total: 2, statedRate: null, sourceName: null }]
			}
		],
		localStorage: {}
	};
	await importWorkspaceFile(page, workspace);
	await expect(page.locator('#workspace-table tr[data-id="imp-test-report"]')).toBeVisible();

	// From 1 July 2025 the figures are on the 34 units as they stand; before, the 63/34 choice applies.
	await page.goto('/report/?dataset=imp-test-merger');
	const units = page.locator('select[name="units"]');
	await expect(page.locator('[data-testid="appendix-preview"] tbody tr')).toHaveCount(1);
	await expect(units).toBeDisabled();
	await expect(units).toHaveValue('34');
	await expect(page.getByTestId('units34-fixed')).toBeVisible();
	expect(await previewRows(page)).toEqual([['1', 'BHXH Tỉnh Tuyên Quang', '800', '2.000', '40,00%']]);
	await page.locator('select[name="period"]').selectOption('2025-06');
	await expect(units).toBeEnabled();
	await expect.poll(() => previewRows(page)).toEqual([
		['1', 'BHXH Tỉnh Hà Giang', '100', '1.000', '10,00%'],
		['2', 'BHXH Tỉnh Tuyên Quang', '200', '1.000', '20,00%']
	]);
	await units.selectOption('34');
	// (100 + 200) / (1.000 + 1.000) = 15,00%
	await expect.poll(() => previewRows(page)).toEqual([['1', 'BHXH Tỉnh Tuyên Quang', '300', '2.000', '15,00%']]);
	expect(problems).toEqual([]);

	await page.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: '' }));
	await page.goto('/report/?dataset=imp-test-report');
	await expect(state).toHaveAttribute('data-state', 'error');
	await expect(state).toContainText('DuckDB');
	await expect(state).toContainText('404');
	await expect(page.locator('[data-testid="appendix-preview"]')).toHaveCount(0);
});
