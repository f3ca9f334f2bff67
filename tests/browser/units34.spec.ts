import { expect, test } from '@playwright/test';

test('the overview ranks the 34 units with ?units=34, and a unit links to its page', async ({ page }) => {
	await page.goto('/?order=desc');
	// Live (hydrated), on the prerendered figures: no engine needed.
	await expect(page.locator('.engine')).toHaveAttribute('data-engine', 'off');
	await page.getByRole('combobox', { name: /^Đơn vị/ }).selectOption('34');
	await expect(page).toHaveURL(/\?order=desc&units=34$/);
	const rows = page.locator('#ranking-table tbody tr');
	await expect(rows).toHaveCount(34);
	await expect(page.locator('svg.chart rect.bar')).toHaveCount(34);
	await expect(page.getByTestId('national-rate')).toHaveText('36,99%');
	await expect(page.getByTestId('units34-note')).toBeVisible();
	// The new Khánh Hòa (56 + 58): 9.535 / 106.723 = 8,93%, 30th of 34 best first.
	const kh = page.locator('#ranking-table tbody tr[data-code="56"]');
	await expect(kh.locator('td').first()).toHaveText('30');
	await expect(kh).toContainText('9.535');
	await expect(kh).toContainText('106.723');
	await expect(kh).toContainText('8,93%');
	// Changing the order keeps the unit set.
	await page.getByLabel('Thứ tự').selectOption('asc');
	await expect(page).toHaveURL(/\?units=34$/);
	await expect(kh.locator('td').first()).toHaveText('5');
	await page.screenshot({ path: 'test-results/overview-34.png', fullPage: true });
	await kh.getByRole('link').click();
	await expect(page).toHaveURL(/\/unit34\/56\/$/);
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('30/34') // best first (STT 5 in the lowest-first appendix order);
});
