import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The appendix as printed in the letter, read independently of the app's code.
const appendix = readFileSync('data/bhxh-3040-2019.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(','));

test('the overview shows the 2019 appendix, its chart, and stays inside its origin', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const foreign: string[] = [];
	const consoleErrors: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) foreign.push(request.url());
	});
	page.on('console', (message) => {
		if (message.type() === 'error') consoleErrors.push(message.text());
	});
	page.on('pageerror', (error) => consoleErrors.push(error.message));
	const wasm: string[] = [];
	page.on('request', (request) => {
		if (/\.wasm$|duckdb/.test(new URL(request.url()).pathname)) wasm.push(request.url());
	});

	await page.goto('/');
	const rows = page.locator('#ranking-table tbody tr');
	await expect(rows).toHaveCount(63);
	// The figures are prerendered: the live page starts no engine and asks for no DuckDB file.
	const status = page.locator('.engine');
	await expect(status).toHaveAttribute('data-engine', 'off');
	await page.waitForLoadState('networkidle');
	expect(wasm).toEqual([]);
	// The browser's DuckDB recomputes the same figures when asked (the build-vs-browser check).
	await status.getByRole('button', { name: /Tính lại trong trình duyệt/ }).click();
	await expect(status).toHaveAttribute('data-engine', /loading|ready/);
	await expect(status).toHaveAttribute('data-engine', 'ready', { timeout: 90_000 });
	// One engine build (eh or mvp, never both), asked for with HEAD (its type checked) and GET.
	expect(new Set(wasm.filter((u) => u.endsWith('.wasm'))).size).toBe(1);

	const shown = await rows.evaluateAll((trs) =>
		trs.map((tr) => ({
			code: tr.getAttribute('data-code'),
			cells: Array.from(tr.children).map((c) => (c.textContent ?? '').trim())
		}))
	);
	expect(shown.map((r) => r.code)).toEqual(appendix.map((a) => a[1]));
	shown.forEach(({ cells }, i) => {
		const [stt, , , , , electronic, total, stated] = appendix[i];
		expect(cells[0]).toBe(stt);
		expect(cells[2]).toBe(Number(electronic).toLocaleString('de-DE'));
		expect(cells[3]).toBe(Number(total).toLocaleString('de-DE'));
		expect(cells[4]).toBe(`${stated.replace('.', ',')}%`);
	});

	await expect(page.locator('svg.chart rect.bar')).toHaveCount(63);
	await expect(page.locator('svg.chart .target-line line')).toHaveCount(1);
	await expect(page.getByTestId('national-rate')).toHaveText('36,99%');

	await page.screenshot({ path: 'test-results/overview.png', fullPage: true });
	expect(foreign).toEqual([]);
	expect(consoleErrors).toEqual([]);
});
