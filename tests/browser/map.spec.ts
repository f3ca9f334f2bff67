import { expect, test } from '@playwright/test';

test('the map shows 63 tiles coloured by rate, with figures on hover, and a click opens the province', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/map/');
	const tiles = page.locator('svg.tile-map a.tile');
	await expect(tiles).toHaveCount(63);
	await expect(page.getByTestId('map-table').locator('tbody tr')).toHaveCount(63);
	// The screen reader hears the figures: name, rate, counts, both ranks.
	await expect(tiles.and(page.locator('[data-code="56"]'))).toHaveAttribute(
		'aria-label',
		'Khánh Hòa 2,34% (2.138 / 91.489 hồ sơ điện tử); STT phụ lục 12/63 · hạng 52/63 cao nhất trước; chưa đạt mục tiêu'
	);
	// Rates colour the tiles: TP Hồ Chí Minh (99,42%) is darker than Hà Nội (0,00%).
	const fillOf = (code: string) => page.locator(`a.tile[data-code="${code}"] rect`).getAttribute('fill');
	expect(await fillOf('79')).not.toBe(await fillOf('01'));

	await page.locator('a.tile[data-code="56"]').hover();
	await expect(page.locator('svg.tile-map .tooltip')).toContainText('2,34%');
	await expect(page.getByTestId('map-details')).toContainText('Khánh Hòa');
	await page.screenshot({ path: 'test-results/map-63.png', fullPage: true });

	await page.locator('a.tile[data-code="56"]').click();
	await expect(page).toHaveURL(/\/province\/56\/$/);
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('52/63') // best first, not the appendix STT 12;
	expect(errors).toEqual([]);
});

test('the keyboard reaches the map in one tab stop, arrows move in geographic order, Enter opens the unit', async ({ page }) => {
	await page.goto('/map/');
	// Keys are handled once the page is live; the prerendered tiles are already focusable before that.
	await expect(page.locator('.map-layout')).toHaveAttribute('data-ready', 'true');
	const first = page.locator('a.tile[tabindex="0"]');
	await expect(first).toHaveCount(1);
	await first.focus();
	await expect(page.getByTestId('map-details')).toContainText('Lào Cai');
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('a.tile:focus')).toHaveAttribute('data-code', '02');
	await expect(page.locator('a.tile[tabindex="0"]')).toHaveAttribute('data-code', '02');
	await page.keyboard.press('End');
	await expect(page.locator('a.tile:focus')).toHaveAttribute('data-code', '95');
	await page.keyboard.press('ArrowLeft');
	await expect(page.locator('a.tile:focus')).toHaveAttribute('data-code', '96');
	await expect(page.locator('svg.tile-map .tooltip')).toContainText('Cà Mau');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/province\/96\/$/);
	await expect(page.getByTestId('unit-name')).toHaveText('BHXH Tỉnh Cà Mau');
});

test('the 34-unit layout and the target status live in the URL', async ({ page }) => {
	await page.goto('/map/');
	await page.getByLabel('34 đơn vị (từ 01/07/2025)').check();
	await expect(page).toHaveURL(/\?units=34$/);
	await expect(page.locator('svg.tile-map a.tile')).toHaveCount(34);
	await expect(page.getByTestId('crosswalk-note')).toBeVisible();
	await page.getByLabel(/Đạt \/ chưa đạt mục tiêu/).check();
	await expect(page).toHaveURL(/units=34&colour=status/);
	// At 80% three of the 34 meet the target: Quảng Ngãi (51 + 62: 80,08%), Điện Biên (82,98%), Quảng Ninh (88,39%).
	await expect(page.locator('a.tile rect[fill="#1b7f5a"]')).toHaveCount(3);
	for (const code of ['51', '11', '22']) await expect(page.locator(`a.tile[data-code="${code}"] rect`)).toHaveAttribute('fill', '#1b7f5a');
	await page.screenshot({ path: 'test-results/map-34-status.png', fullPage: true });

	await page.reload();
	await expect(page.locator('svg.tile-map a.tile')).toHaveCount(34);
	await page.locator('a.tile[data-code="56"]').click();
	await expect(page).toHaveURL(/\/unit34\/56\/$/);
	await expect(page.getByTestId('composition').locator('tbody tr')).toHaveCount(2);
});
