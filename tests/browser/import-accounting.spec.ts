import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Issue 11 as a person sees it: every line of the file accounted for, ambiguity shown instead of a guess,
// the period of a title row proposed and confirmed.

test('a provincial workbook: the period of its title is proposed, confirmed, and every sheet row is accounted for', async ({ page }) => {
	await page.goto('/import/');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	await page.locator('input[name="file"]').setInputFiles({
		name: 'cv3040-2019-provincial.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: readFileSync('tests/fixtures/cv3040-2019-provincial.xlsx')
	});
	await expect(page.getByTestId('title-period')).toContainText('Số liệu đến ngày 20/8/2019');
	await page.getByTestId('title-period').getByRole('button').click();
	await expect(page.locator('input[name="period"]')).toHaveValue('2019-08-20');
	await page.locator('select[name="indicator"]').selectOption('benefits_e_dossiers');
	await expect(page.getByTestId('count-imported')).toHaveText('63');
	await expect(page.getByTestId('count-rejected')).toHaveText('0');
	await expect(page.getByTestId('line-account')).toHaveText(
		'cv3040-2019-provincial.xlsx: 77 dòng bảng tính = 4 tiêu đề/lời văn + 2 dòng tiêu đề cột + 63 đã nhập + 5 để riêng + 0 bị loại + 3 trống'
	);
	await page.screenshot({ path: 'test-results/import-provincial.png', fullPage: true });
});

test('a stray line ending stops the import with the file and line, and the text of a PDF reads', async ({ page }) => {
	await page.goto('/import/?lang=en');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	const input = page.locator('input[name="file"]');
	const lines = readFileSync('tests/fixtures/cv3040-2019-excel-semicolon.csv', 'utf8').split('\r\n');
	const broken = [...lines.slice(0, 10), `${lines[10]}\n${lines[11]}`, ...lines.slice(12)].join('\r\n');
	await input.setInputFiles({ name: 'phu-luc.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
	await expect(page.getByTestId('read-error')).toContainText('phu-luc.csv: Line 11: this line ends in LF while the other lines end in CRLF');
	await expect(page.getByTestId('counts')).toHaveCount(0);

	await input.setInputFiles({ name: 'cong-van.txt', mimeType: 'text/plain', buffer: readFileSync('tests/fixtures/cv3040-2019-pdf-layout.txt') });
	await expect(page.getByTestId('detected')).toContainText("text copied out of a letter's PDF");
	await page.locator('input[name="period"]').fill('20/08/2019');
	await page.locator('select[name="indicator"]').selectOption('benefits_e_dossiers');
	await expect(page.getByTestId('count-imported')).toHaveText('63');
	await expect(page.getByTestId('line-account')).toContainText('cong-van.txt: 108 lines = 26 title/preamble + 4 header + 63 imported');
});
