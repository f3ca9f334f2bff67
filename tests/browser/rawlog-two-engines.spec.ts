import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// A log over 32 MiB is cut in two and read by two DuckDB engines at once (the page's and a second
// worker): the figures must be those of the generator's rows, and the same as with one engine.
const DIR = path.resolve('test-results/rawlog');
const ROWS = 600_000;
const vi = (n: number) => n.toLocaleString('en-US').replace(/,/g, '.');

async function importLog(page: Page, engines: 1 | 2): Promise<{ marks: string[]; contents: string[]; rejections: string[] }> {
	await page.evaluate((n) => {
		(globalThis as { rawlogEngines?: number }).rawlogEngines = n;
		performance.clearMarks();
	}, engines);
	await page.getByRole('button', { name: 'Tổng hợp' }).click();
	await expect(page.locator('.rawlog')).toHaveAttribute('data-status', 'done', { timeout: 180_000 });
	await expect(page.getByRole('alert')).toHaveCount(0);
	return {
		marks: await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name)),
		contents: await page.locator('table.contents tbody tr').allTextContents(),
		rejections: await page.locator('table.rejections tr[data-reason]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-reason')}: ${r.querySelector('td:nth-child(2)')?.textContent}`))
	};
}

test('a log over 32 MiB is read by two engines at once, with the same figures as one engine and as the generator planted', async ({ page }) => {
	test.setTimeout(360_000);
	mkdirSync(DIR, { recursive: true });
	const file = path.join(DIR, 'log-600k.csv');
	const out = execFileSync('node', ['--import', 'tsx', 'scripts/gen-rawlog.ts', '--rows', String(ROWS), '--seed', '7', '--out', file], { encoding: 'utf8' });
	const planted = Object.values(JSON.parse(out.trim().split('\n').at(-1)!).planted as Record<string, number>).reduce((a, b) => a + b, 0);

	await page.goto('/import/');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	await page.getByLabel('Tệp nhật ký').setInputFiles(file);

	const two = await importLog(page, 2);
	expect(two.marks).toContain('rawlog:partner-query-done');
	expect(two.marks).not.toContain('rawlog:split-abandoned');
	await expect(page.getByTestId('rawlog-rows-read')).toHaveText(vi(ROWS));
	await expect(page.getByTestId('rawlog-rejected')).toHaveText(vi(planted));
	await expect(page.getByTestId('rawlog-imported')).toHaveText(vi(ROWS - planted));

	const one = await importLog(page, 1);
	expect(one.marks).not.toContain('rawlog:partner-query-sent');
	expect(one.contents.length).toBeGreaterThan(0);
	expect(two.contents).toEqual(one.contents);
	expect(two.rejections).toEqual(one.rejections); // reason: rows, per reason
	expect(two.rejections.length).toBeGreaterThan(1);
	await expect(page.getByTestId('rawlog-rows-read')).toHaveText(vi(ROWS));
	await expect(page.getByTestId('rawlog-rejected')).toHaveText(vi(planted));
});
