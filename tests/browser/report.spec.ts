import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

async function downloadOf(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`button[data-format="${format}"]`).click()]);
	const path = await download.path();
	return { name: download.suggestedFilename(), bytes: readFileSync(path!) };
}

async function wordXml(bytes: Buffer): Promise<string> {
	return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

test('the report page previews the appendix and downloads .docx, letter, .xlsx and .csv', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(r.url());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});

	await page.goto('/report/');
	const rows = page.locator('[data-testid="appendix-preview"] tbody tr');
	await expect(rows).toHaveCount(63);
	await expect(rows.first()).toContainText('BHXH TP Hà Nội');
	await expect(rows.first()).toContainText('168.121');
	await expect(rows.nth(1)).toContainText('0,22%');

	await page.locator('input[name="number"]').fill('3040/BHXH-CNTT');
	await page.locator('input[name="date"]').fill('20/08/2019');
	await page.locator('input[name="date"]').blur();
	await expect(page.locator('.attachment')).toHaveText('(Kèm theo Công văn số 3040/BHXH-CNTT ngày 20 tháng 08 năm 2019 của BHXH Việt Nam)');
	await page.screenshot({ path: 'test-results/report-page.png', fullPage: false });

	const docx = await downloadOf(page, 'docx');
	expect(docx.name).toBe('phu-luc_3040-BHXH-CNTT_2019-08-20_63-don-vi.docx');
	expect([...docx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
	const appendixXml = await wordXml(docx.bytes);
	expect(appendixXml).toContain('Kèm theo Công văn số 3040/BHXH-CNTT ngày 20 tháng 08 năm 2019');
	expect(appendixXml).toContain('168.121');

	const letter = await downloadOf(page, 'letter');
	const letterXml = await wordXml(letter.bytes);
	expect(letterXml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
	expect(letterXml).toContain('Hà Nội, ngày 20 tháng 08 năm 2019');

	const xlsx = await downloadOf(page, 'xlsx');
	expect([...xlsx.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(xlsx.bytes.buffer.slice(xlsx.bytes.byteOffset, xlsx.bytes.byteOffset + xlsx.bytes.byteLength) as ArrayBuffer);
	const sheet = workbook.worksheets[0];
	expect(sheet.getCell('B7').value).toBe('BHXH TP Hà Nội');
	expect(sheet.getCell('D7').value).toBe(168121);
	expect(sheet.getCell('E8').value).toBeCloseTo(0.0022, 10);

	// 34 units, best first: the link carries the choice and the CSV follows it.
	await page.locator('select[name="units"]').selectOption('34');
	await page.locator('select[name="order"]').selectOption('desc');
	await expect(page).toHaveURL(/units=34/);
	await expect(rows).toHaveCount(34);
	const csv = await downloadOf(page, 'csv');
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = csv.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
	expect(lines).toHaveLength(1 + 34 + 1 + 1);
	expect(lines[0]).toBe('"STT","Đơn vị","Hồ sơ: Giao dịch điện tử","Hồ sơ: Tổng số","Tỷ lệ","Mã đơn vị"');
	expect(lines[35]).toBe('"","Tổng cộng","1.545.438","4.177.524","36,99%",""');
	expect(lines[36]).toMatch(/^"","Nguồn số liệu: /);

	expect(foreign).toEqual([]);
	expect(errors).toEqual([]);
});

test('the letter fields survive a reload, and a wrong date blocks the downloads', async ({ page }) => {
	await page.goto('/report/');
	// Typed before hydration, the value would not reach the handler that stores it.
	await expect(page.locator('form.settings')).toHaveAttribute('data-live', 'true');
	await page.locator('input[name="number"]').fill('123/BHXH-CNTT');
	await page.locator('input[name="number"]').blur();
	await page.reload();
	await expect(page.locator('input[name="number"]')).toHaveValue('123/BHXH-CNTT');
	await page.locator('input[name="date"]').fill('31/02/2020');
	await expect(page.getByRole('alert')).toContainText('dd/mm/yyyy');
	await expect(page.locator('button[data-format="docx"]')).toBeDisabled();
});
