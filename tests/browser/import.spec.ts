import { expect, test } from '@playwright/test';

// A report as a province office might send it: semicolons, BOM, Vietnamese numbers, a header word the
// page does not know ("Nơi báo cáo"), a total row, and a name cell holding markup.
const CSV =
	'\uFEFFNơi báo cáo;Kỳ;Hồ sơ GDĐT;Tổng số;Tỷ lệ\r\n' +
	'BHXH Tp. Hà Nội;Quý 4/2019;1.200;10.000;12,00%\r\n' +
	'Hải Phòng;Quý 4/2019;500;2.000;25,00%\r\n' +
	'Đà Nẵng;Quý 4/2019;900;1.000;90,00%\r\n' +
	'BHXH Tp. Hà Nội;Quý 3/2019;100;10.000;1,00%\r\n' +
	'Hải Phòng;Quý 3/2019;400;2.000;20,00%\r\n' +
	'<img src=x onerror="window.__xss=1">;Quý 4/2019;1;2;\r\n' +
	'Tổng cộng;Quý 4/2019;2.600;13.000;20,00%\r\n';

test('upload, correct a column, import, reload: the data is still there and ranks on the overview', async ({ page }) => {
	await page.goto('/import/');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByRole('link', { name: 'Nhập số liệu' })).toHaveAttribute('aria-current', 'page');
	await page.locator('input[name="file"]').setInputFiles({ name: 'bao-cao-quy.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });

	const detected = page.getByTestId('detected');
	await expect(detected).toContainText('UTF-8-BOM');
	await expect(detected).toContainText('";"');
	await expect(page.getByTestId('number-style')).toHaveText('Việt Nam (168.121 · 0,22%)');
	// The unit column was not recognised: the page asks for it before checking anything.
	await expect(page.getByTestId('missing')).toContainText('cột tỉnh/đơn vị');

	await page.getByLabel('Vai trò cột Nơi báo cáo').selectOption('name');
	await expect(page.getByTestId('missing')).toHaveText('Cần chọn trước khi kiểm tra: chỉ tiêu.');
	await page.locator('select[name="indicator"]').selectOption('benefits_e_dossiers');
	await expect(page.getByTestId('count-read')).toHaveText('7');
	await expect(page.getByTestId('count-imported')).toHaveText('5');
	await expect(page.getByTestId('count-set-aside')).toHaveText('1');
	await expect(page.getByTestId('count-rejected')).toHaveText('1');

	// Markup in a cell is shown as text, never run or rendered.
	const findings = page.locator('#findings-table');
	await expect(findings.locator('tr[data-code="unknownProvince"] td.value')).toHaveText('<img src=x onerror="window.__xss=1">');
	await expect(findings.locator('img')).toHaveCount(0);
	await expect(page.locator('.preview img')).toHaveCount(0);
	expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	await expect(findings.locator('tr[data-code="totalRow"]')).toContainText('dòng tổng cộng');
	await page.screenshot({ path: 'test-results/import-findings.png', fullPage: true });

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Tải các dòng bị loại (CSV)' }).click();
	const rejected = await (await download).path();
	const text = (await import('node:fs')).readFileSync(rejected!, 'utf8');
	expect(text.startsWith('\uFEFFDòng,Nơi báo cáo,Kỳ,Hồ sơ GDĐT,Tổng số,Tỷ lệ,Lý do')).toBe(true);
	expect(text).toContain('không nhận ra tỉnh/đơn vị');

	await page.locator('input[name="dataset-name"]').fill('Báo cáo quý <b>4</b>');
	await page.getByRole('button', { name: /Nhập 5 dòng/ }).click();
	await expect(page.getByTestId('import-message')).toContainText('Đã nhập "Báo cáo quý <b>4</b>": 5 dòng.', { timeout: 90_000 });

	await page.reload();
	const row = page.locator('#workspace-table tbody tr');
	await expect(row).toHaveCount(1);
	await expect(row.locator('th a')).toHaveText('Báo cáo quý <b>4</b>');
	await expect(row).toContainText('2019-Q3, 2019-Q4');

	await row.locator('th a').click();
	await expect(page).toHaveURL(/\?dataset=imp-/);
	await expect(page.locator('.engine')).toHaveAttribute('data-engine', 'ready', { timeout: 90_000 });
	await expect(page.locator('h1')).toHaveText('Báo cáo quý <b>4</b>');
	const rows = page.locator('#ranking-table tbody tr[data-code]');
	// The latest period first: Q4 with three units reporting, ranked lowest first; the others have no figures.
	await expect(rows.first()).toHaveAttribute('data-code', '01');
	await expect(rows.first().locator('td').nth(3)).toHaveText('12,00%');
	await expect(page.getByTestId('national-rate')).toHaveText('20,00%');
	await page.screenshot({ path: 'test-results/import-overview.png', fullPage: false });

	await page.locator('select[name="period"]').selectOption('2019-Q3');
	await expect(page).toHaveURL(/period=2019-Q3/);
	await expect(page.getByTestId('national-rate')).toHaveText('4,17%');

	// Rename and delete from the workspace list.
	await page.goto('/import/');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	await page.locator('#workspace-table').getByRole('button', { name: 'Đổi tên' }).click();
	await page.getByLabel('Đổi tên').fill('Quý 4/2019');
	await page.getByRole('button', { name: 'Lưu' }).click();
	await expect(page.locator('#workspace-table tbody th a')).toHaveText('Quý 4/2019');
	// The whole workspace in one file, settings included, and back after deleting everything.
	await page.evaluate(() => localStorage.setItem('bhxh.targets.v1', '{"01":9000}'));
	const exported = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Xuất không gian làm việc (JSON)' }).click();
	const workspaceFile = (await (await exported).path())!;
	const saved = JSON.parse((await import('node:fs')).readFileSync(workspaceFile, 'utf8'));
	expect(saved.datasets.map((d: { entry: { name: string } }) => d.entry.name)).toEqual(['Quý 4/2019']);
	expect(saved.localStorage).toEqual({ 'bhxh.targets.v1': '{"01":9000}' });

	page.once('dialog', (d) => void d.accept());
	await page.locator('#workspace-table').getByRole('button', { name: 'Xóa' }).click();
	await expect(page.locator('#workspace-table')).toHaveCount(0);
	await page.evaluate(() => localStorage.removeItem('bhxh.targets.v1'));

	await page.locator('.file-button input[type="file"]').setInputFiles(workspaceFile);
	await expect(page.getByText('Đã nhập 1 bộ số liệu và 1 thiết lập.')).toBeVisible();
	await expect(page.locator('#workspace-table tbody th a')).toHaveText('Quý 4/2019');
	expect(await page.evaluate(() => localStorage.getItem('bhxh.targets.v1'))).toBe('{"01":9000}');
});

test('an .xlsx workbook is read in the browser (exceljs loaded on demand)', async ({ page }) => {
	const ExcelJS = (await import('exceljs')).default;
	const wb = new ExcelJS.Workbook();
	const ws = wb.addWorksheet('Báo cáo');
	ws.addRow(['Mã tỉnh', 'Tỉnh/TP', 'Hồ sơ GDĐT', 'Tổng số', 'Tỷ lệ']);
	ws.addRow(['01', 'Hà Nội', 0, 168121, 0]).getCell(5).numFmt = '0.00%';
	ws.addRow(['82', 'Tiền Giang', 122, 54799, 0.0022]).getCell(5).numFmt = '0.00%';
	const buffer = Buffer.from(await wb.xlsx.writeBuffer());
	await page.goto('/import/');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	await page.locator('input[name="file"]').setInputFiles({ name: 'bao-cao.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
	await expect(page.getByTestId('detected')).toContainText('bảng tính .xlsx');
	await expect(page.getByTestId('detected')).toContainText('Báo cáo');
	await page.locator('input[name="period"]').fill('2019');
	await page.locator('select[name="indicator"]').selectOption('benefits_e_dossiers');
	await expect(page.getByTestId('count-imported')).toHaveText('2');
	await expect(page.locator('#findings-table tr[data-code="statedRateDiffers"]')).toHaveCount(0);
});

test('a binary file, an empty file and a pasted letter get clear answers', async ({ page }) => {
	await page.goto('/import/?lang=en');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	const input = page.locator('input[name="file"]');
	await input.setInputFiles({ name: 'photo.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 5]) });
	await expect(page.getByTestId('read-error')).toContainText('looks binary');
	await input.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
	await expect(page.getByTestId('read-error')).toContainText('The file is empty');

	// A 1 MB single line: read at once, shown clipped, no frozen tab.
	await input.setInputFiles({ name: 'one-line.txt', mimeType: 'text/plain', buffer: Buffer.from('<b>x</b>'.repeat(128 * 1024)) });
	await expect(page.getByTestId('detected')).toContainText('one-line.txt');
	await expect(page.locator('.preview b')).toHaveCount(0);
	// Over the page's limit: refused from its size alone, before reading, pointing to the raw-log import.
	const fs = await import('node:fs');
	const huge = `${(await import('node:os')).tmpdir()}/bhxh-import-300mb.csv`;
	fs.closeSync(fs.openSync(huge, 'w'));
	fs.truncateSync(huge, 300 * 1024 * 1024); // sparse: no 300 MB written to disk
	await input.setInputFiles(huge);
	await expect(page.getByTestId('read-error')).toContainText('The file is 300 MB, over the 20 MB limit');
	fs.rmSync(huge);
	await expect(page.getByTestId('read-error')).toContainText('Raw dossier logs');

	const letter = (await import('node:fs')).readFileSync('tests/fixtures/cv3040-2019-letter.txt', 'utf8');
	await page.locator('textarea[name="paste"]').fill(letter);
	await page.getByRole('button', { name: 'Read the pasted table' }).click();
	await expect(page.getByTestId('detected')).toContainText('table copied from a letter');
	await page.locator('input[name="period"]').fill('20/08/2019');
	await page.locator('select[name="indicator"]').selectOption('benefits_e_dossiers');
	await expect(page.getByTestId('count-imported')).toHaveText('63');
	await expect(page.getByTestId('count-rejected')).toHaveText('0');
	await page.screenshot({ path: 'test-results/import-letter-en.png', fullPage: true });
});
