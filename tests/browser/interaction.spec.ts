import { expect, test } from '@playwright/test';
import { serveStatic } from '../../scripts/static-server.mjs';

test('sorting, region filter and target live in the URL and survive a reload', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.engine')).toHaveAttribute('data-engine', 'off');

	await page.getByLabel('Thứ tự').selectOption('desc');
	await expect(page).toHaveURL(/\?order=desc$/);
	await expect(page.locator('#ranking-table tbody tr').first()).toHaveAttribute('data-code', '79');

	await page.getByLabel('Vùng').selectOption('TN');
	await expect(page).toHaveURL(/order=desc&region=TN/);
	await expect(page.locator('#ranking-table tbody tr')).toHaveCount(5);
	await expect(page.locator('svg.chart rect.bar')).toHaveCount(5);
	// National STT is kept inside a region: Kon Tum is 10th best of 63.
	await expect(page.locator('#ranking-table tbody tr').first().locator('td').first()).toHaveText('10');

	const target = page.getByLabel('Mục tiêu (%)');
	await target.fill('36,99');
	await target.press('Enter');
	await expect(page).toHaveURL(/target=36.99/);
	await expect(page.getByTestId('meeting-target')).toHaveText('3 / 5');

	await page.reload();
	await expect(page.locator('#ranking-table tbody tr')).toHaveCount(5);
	await expect(page.getByLabel('Thứ tự')).toHaveValue('desc');
	await expect(page.getByTestId('meeting-target')).toHaveText('3 / 5');

	await target.fill('150');
	await target.press('Enter');
	await expect(page.getByRole('alert')).toContainText('từ 0 đến 100');
	await expect(page).toHaveURL(/target=36.99/);
});

test('English is one link away and keeps the view', async ({ page }) => {
	await page.goto('/?order=desc');
	// Before hydration the prerendered link cannot know the query (?lang=en only): wait until it does.
	await expect(page.getByRole('link', { name: 'English' })).toHaveAttribute('href', /order=desc/);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/order=desc&lang=en/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('#ranking-table thead')).toContainText('Electronic');
	await expect(page.getByTestId('national-rate')).toHaveText('36.99%');
	await expect(page.locator('#ranking-table tbody tr').first().locator('td').nth(1)).toHaveText('84,196');
});

test('a server that sends .wasm with the wrong type gets a clear message, not a hang', async ({ browser }) => {
	const server = await serveStatic('build', { overrides: { '.wasm': 'application/octet-stream' } });
	try {
		const page = await browser.newPage();
		await page.goto(`${server.url}/`);
		const status = page.locator('.engine');
		await status.getByRole('button', { name: /Tính lại trong trình duyệt/ }).click();
		await expect(status).toHaveAttribute('data-engine', 'error', { timeout: 30_000 });
		await expect(status).toContainText('application/wasm');
		// The prerendered table still stands.
		await expect(page.locator('#ranking-table tbody tr')).toHaveCount(63);
	} finally {
		await server.close();
	}
});

test('the page works with scripts off: table and chart are in the HTML', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`${baseURL}/`);
	await expect(page.locator('#ranking-table tbody tr')).toHaveCount(63);
	await expect(page.locator('svg.chart rect.bar')).toHaveCount(63);
	await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute('content', /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
	await context.close();
});
