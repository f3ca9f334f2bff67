import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// A small log with a receiving-office column: the province page of the imported dataset lists the
// province's offices ranked (figures worked by hand in tests/unit/db/office-ranking.test.ts).
const DIR = path.resolve('test-results/offices');
const LOG = [
	'Ngày tiếp nhận,Tỉnh,Kênh,BHXH cơ sở',
	'01/02/2024,Khánh Hòa,điện tử,BHXH Cam Ranh',
	'02/02/2024,Khánh Hòa,giấy,BHXH Cam Ranh',
	'03/02/2024,Khánh Hòa,giấy,BHXH Cam Ranh',
	'04/02/2024,Khánh Hòa,giấy,BHXH Cam Ranh',
	'05/02/2024,Khánh Hòa,điện tử,BHXH Ninh Hòa',
	'06/02/2024,Khánh Hòa,điện tử,BHXH Ninh Hòa',
	'01/03/2024,Khánh Hòa,điện tử,BHXH Cam Ranh',
	'02/03/2024,Khánh Hòa,điện tử,BHXH Cam Ranh',
	'03/03/2024,Khánh Hòa,điện tử,BHXH Cam Ranh',
	'04/03/2024,Khánh Hòa,giấy,BHXH Cam Ranh',
	'05/03/2024,Khánh Hòa,điện tử,BHXH Ninh Hòa',
	'06/03/2024,Khánh Hòa,giấy,BHXH Ninh Hòa',
	'07/03/2024,Hà Nội,điện tử,BHXH quận Ba Đình'
].join('\n');

test('a province page lists the receiving offices of an imported log, ranked, with the change since the previous month', async ({ page }) => {
	mkdirSync(DIR, { recursive: true });
	const file = path.join(DIR, 'log-offices.csv');
	writeFileSync(file, `${LOG}\n`);
	await page.goto('/import/');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	await page.getByLabel('Tệp nhật ký').setInputFiles(file);
	await page.getByRole('button', { name: 'Tổng hợp' }).click();
	await expect(page.locator('.rawlog')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
	await expect(page.getByTestId('rawlog-message')).toBeVisible();
	const id = await page.locator('#workspace-table tbody tr').first().getAttribute('data-id');
	expect(id).toMatch(/^imp-/);

	await page.goto(`/province/56/?dataset=${id}`);
	const section = page.getByTestId('unit-offices');
	await expect(section).toBeVisible({ timeout: 90_000 });
	await expect(section).toContainText('Không có danh mục đơn vị tiếp nhận');
	const rows = section.locator('tbody tr');
	await expect(rows).toHaveCount(2);
	// March: Cam Ranh 3/4 = 75,00% (rank 1; February 25,00%, rank 2 → ▲ 1, +50,00), Ninh Hòa 1/2 = 50,00% (rank 2; was 1).
	await expect(rows.nth(0)).toContainText('BHXH Cam Ranh');
	await expect(rows.nth(0)).toContainText('75,00%');
	await expect(rows.nth(0)).toContainText('+50,00');
	await expect(rows.nth(0)).toContainText('▲ 1');
	await expect(rows.nth(1)).toContainText('BHXH Ninh Hòa');
	await expect(rows.nth(1)).toContainText('▼ 1');
	await expect(section.locator('tfoot')).toContainText('66,67%');
	await section.screenshot({ path: path.join(DIR, 'province-offices.png') });
	const download = page.waitForEvent('download');
	await section.getByRole('button', { name: 'Phụ lục các đơn vị (Excel)' }).click();
	expect((await download).suggestedFilename()).toBe('phu-luc-don-vi-tiep-nhan-56-2024-03.xlsx');

	// A phone: no sideways scrolling.
	await page.setViewportSize({ width: 390, height: 800 });
	expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
