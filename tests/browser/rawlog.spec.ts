import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// A synthetic log made by the project's generator (seeded: the same file every run).
const DIR = path.resolve('test-results/rawlog');
const ROWS = 200_000;

function generate(rows: number, seed: number, file: string): { rows: number; planted: Record<string, number> } {
	mkdirSync(DIR, { recursive: true });
	const out = execFileSync('node', ['--import', 'tsx', 'scripts/gen-rawlog.ts', '--rows', String(rows), '--seed', String(seed), '--out', file], { encoding: 'utf8' });
	return JSON.parse(out.trim().split('\n').at(-1)!);
}

const vi = (n: number) => n.toLocaleString('en-US').replace(/,/g, '.');

test.describe('raw dossier log import', () => {
	const file = path.join(DIR, 'log-200k.csv');
	let planted: number;
	test.beforeAll(() => {
		const stats = generate(ROWS, 42, file);
		planted = Object.values(stats.planted).reduce((a, b) => a + b, 0);
	});

	test('imports 200k rows with a moving progress bar, the page responding, and counts that add up', async ({ page }) => {
		await page.goto('/import/');
		await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
		// Long tasks on the main thread are recorded and reported (not asserted: speed is the bench's job).
		await page.evaluate(() => {
			const w = window as unknown as { longest: number };
			w.longest = 0;
			new PerformanceObserver((list) => {
				for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
			}).observe({ type: 'longtask', buffered: false });
			// Every value the progress bar takes, as the page sets it.
			const values: string[] = [];
			(window as unknown as { progressValues: string[] }).progressValues = values;
			new MutationObserver((records) => {
				for (const r of records) {
					const el = r.target as Element;
					if (el.tagName === 'PROGRESS') values.push(el.getAttribute('value') ?? '');
				}
			}).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['value'] });
		});
		await page.getByLabel('Tệp nhật ký').setInputFiles(file);
		await expect(page.getByTestId('rawlog-file')).toHaveText(`log-200k.csv — ${(statSync(file).size / 1024 / 1024).toFixed(1).replace('.', ',')} MB`);
		await page.getByLabel('Gộp theo').selectOption('quarter');
		await page.getByRole('button', { name: 'Tổng hợp' }).click();

		// The bar moves: several distinct values are seen before the end.
		const bar = page.locator('.rawlog progress');
		await expect(bar).toBeVisible({ timeout: 60_000 });
		const seen = new Set<string>();
		const size = statSync(file).size;
		// Polled through the page's main thread: each answer also shows the page responding while DuckDB works in its worker.
		const settled = ['done', 'error', 'cancelled'];
		while (!settled.includes(await page.evaluate(() => document.querySelector('.rawlog')?.getAttribute('data-status') ?? ''))) {
			await page.waitForTimeout(50);
		}
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.locator('.rawlog')).toHaveAttribute('data-status', 'done');
		for (const v of await page.evaluate(() => (window as unknown as { progressValues: string[] }).progressValues)) seen.add(v);
		// One pass of DuckDB's reader: the bar shows the bytes read so far, from 0 to the file's size, never going back.
		// DuckDB reads an eighth of the file (4 to 16 MiB) at a time between the worker's polls, so a 13 MB file moves in few steps (bigger ones: see npm run bench).
		// (The bar is created at 0: the observer sees the changes after that.)
		const ordered = [...seen].map(Number);
		expect(ordered.some((v) => v > 0 && v < statSync(file).size)).toBe(true);
		expect(ordered.at(-1)).toBe(statSync(file).size);
		expect(ordered).toEqual([...ordered].sort((a, b) => a - b));
		const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
		test.info().annotations.push({ type: 'longest main-thread task during the import', description: `${Math.round(longest)} ms` });
		console.log(`longest main-thread task during the import: ${Math.round(longest)} ms; progress values seen: ${seen.size}`);
		expect(Math.max(...[...seen].map(Number))).toBeLessThanOrEqual(size);

		await expect(page.getByTestId('rawlog-rows-read')).toHaveText(vi(ROWS));
		await expect(page.getByTestId('rawlog-rejected')).toHaveText(vi(planted));
		await expect(page.getByTestId('rawlog-imported')).toHaveText(vi(ROWS - planted));
		await expect(page.locator('.rawlog .illustrative')).toContainText('Dữ liệu minh họa');
		await expect(page.locator('table.rejections tr[data-reason="bad-date"]')).toContainText('31/02/2024');
		await expect(page.locator('table.contents tbody tr')).toHaveCount(8); // 4 quarters × 2 fields
		await expect(page.locator('table.contents tbody tr').first()).toContainText('Quý 1/2024');
		await expect(page.getByTestId('rawlog-message')).toContainText(`${vi(4 * 2 * 63)} số liệu`);
		await page.locator('#raw-logs').screenshot({ path: 'test-results/rawlog/import-done.png' });
	});

	test('a log dropped in the main file picker goes to the raw-log section; the dataset is saved, survives a reload and opens on the overview', async ({ page }) => {
		const small = path.join(DIR, 'log-3k.csv');
		const stats = generate(3_000, 7, small);
		const rejected = Object.values(stats.planted).reduce((a, b) => a + b, 0);
		await page.goto('/import/');
		await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
		await page.locator('input[name="file"]').setInputFiles(small);
		await expect(page.getByTestId('rawlog-routed')).toContainText('"log-3k.csv" là nhật ký hồ sơ thô');
		// Not parsed as a table of counts: no preview, no error.
		await expect(page.getByTestId('detected')).toHaveCount(0);
		await expect(page.getByTestId('read-error')).toHaveCount(0);
		await expect(page.getByTestId('rawlog-file')).toContainText('log-3k.csv');
		await page.locator('#raw-logs').screenshot({ path: 'test-results/rawlog/import-page-routed.png' });
		await page.getByLabel('Gộp theo').selectOption('year');
		await page.getByRole('button', { name: 'Tổng hợp' }).click();
		await expect(page.locator('.rawlog')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
		await expect(page.getByTestId('rawlog-rejected')).toHaveText(vi(rejected));
		const message = page.getByTestId('rawlog-message');
		await expect(message).toContainText(`Đã lưu "Dữ liệu minh họa — nhật ký hồ sơ log-3k.csv" vào không gian làm việc: ${vi(3_000 - rejected)} hồ sơ`);
		await expect(page.locator('#workspace-table tbody tr')).toHaveCount(1);
		await page.locator('#raw-logs').screenshot({ path: 'test-results/rawlog/import-page-section.png' });

		// The same log again: a second dataset, not a replacement of the first.
		await page.getByRole('button', { name: 'Tổng hợp' }).click();
		await expect(page.locator('#workspace-table tbody tr')).toHaveCount(2, { timeout: 90_000 });
		const ids = await page.locator('#workspace-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
		expect(new Set(ids).size).toBe(2);

		await page.reload();
		const rows = page.locator('#workspace-table tbody tr');
		await expect(rows).toHaveCount(2);
		await expect(rows.first().locator('th a').first()).toHaveText('Dữ liệu minh họa — nhật ký hồ sơ log-3k.csv');
		await rows.first().locator('th a').first().click();
		await expect(page).toHaveURL(/\?dataset=imp-/);
		await expect(page.locator('.engine')).toHaveAttribute('data-engine', 'ready', { timeout: 90_000 });
		await expect(page.locator('h1')).toContainText('nhật ký hồ sơ log-3k.csv');
		await expect(page.locator('#ranking-table tbody tr[data-code]')).toHaveCount(63);
		await page.screenshot({ path: 'test-results/rawlog/overview.png' });
	});

	test('a log larger than the table import\'s limit is routed too (only its first bytes are read to tell)', async ({ page }) => {
		const big = path.join(DIR, 'log-25mb.csv');
		const line = '15/03/2024,Hà Nội,điện tử\n';
		writeFileSync(big, 'Ngày tiếp nhận,Tỉnh,Kênh\n' + line.repeat(Math.ceil((25 * 1024 * 1024) / Buffer.byteLength(line))));
		expect(statSync(big).size).toBeGreaterThan(20 * 1024 * 1024);
		await page.goto('/import/');
		await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
		await page.locator('input[name="file"]').setInputFiles(big);
		await expect(page.getByTestId('rawlog-routed')).toContainText('"log-25mb.csv" là nhật ký hồ sơ thô');
		await expect(page.getByTestId('read-error')).toHaveCount(0);
		await expect(page.getByTestId('rawlog-file')).toContainText('log-25mb.csv');
		// A table of counts that large still gets the size message.
		const table = path.join(DIR, 'table-25mb.csv');
		writeFileSync(table, 'Tỉnh,Hồ sơ GDĐT,Tổng số\n' + 'Hà Nội,1,2\n'.repeat(2_500_000));
		await page.locator('input[name="file"]').setInputFiles(table);
		await expect(page.getByTestId('read-error')).toContainText('vượt giới hạn');
		await expect(page.getByTestId('rawlog-routed')).toHaveCount(0);
	});

	test('a log dated from July 2025 is read by the 34 units and ranks them on the overview', async ({ page }) => {
		const lines = ['Ngày tiếp nhận,Tỉnh,Kênh'];
		// Every one of the 34 units by its name; Tuyên Quang twice (one paper), and one old province name, rejected.
		const names = readFileSync('data/units-34.csv', 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[2]);
		expect(names).toHaveLength(34);
		for (const name of names) lines.push(`15/07/2025,${name},điện tử`);
		lines.push('16/07/2025,Tuyên Quang,giấy', '17/07/2025,Hà Giang,điện tử');
		await page.goto('/import/');
		await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
		await page.locator('input[name="file"]').setInputFiles({ name: 'nhat-ky-07-2025.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n') + '\n') });
		await expect(page.getByTestId('rawlog-routed')).toBeVisible();
		await page.getByRole('button', { name: 'Tổng hợp' }).click();
		await expect(page.locator('.rawlog')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
		await expect(page.getByTestId('rawlog-imported')).toHaveText('35');
		await expect(page.locator('table.rejections tr[data-reason="unknown-province"]')).toContainText('Hà Giang → Tuyên Quang (08)');
		await expect(page.locator('table.contents tbody td').nth(2)).toHaveText('34');
		await page.getByTestId('rawlog-message').getByRole('link', { name: 'Xem xếp hạng' }).click();
		await expect(page.locator('.engine')).toHaveAttribute('data-engine', 'ready', { timeout: 90_000 });
		const rows = page.locator('#ranking-table tbody tr[data-code]');
		await expect(rows).toHaveCount(34);
		await expect(rows.first()).toHaveAttribute('data-code', '08');
		// Figures already by the 34 units: no crosswalk was applied, and the page does not say one was.
		await expect(page.getByTestId('units34-note')).not.toContainText('bảng chuyển đổi');
		await expect(page.locator('select[name="units"]')).toHaveCount(0);
		await page.screenshot({ path: 'test-results/rawlog/overview-34.png' });
	});

	test('cancel stops the import and keeps nothing; a new import then completes', async ({ page }) => {
		await page.goto('/import/');
		await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
		// A log big enough that the one-pass reader is still at work when the click lands (200k rows are
		// read in about a second on a quiet machine, sooner than a click); the new import reads the 200k.
		const big = path.join(DIR, 'log-cancel-2m.csv');
		generate(2_000_000, 43, big);
		await page.getByLabel('Tệp nhật ký').setInputFiles(big);
		await page.getByRole('button', { name: 'Tổng hợp' }).click();
		await expect(page.locator('.rawlog')).toHaveAttribute('data-status', 'running', { timeout: 60_000 });
		await page.screenshot({ path: 'test-results/rawlog/import-running.png' });
		await page.getByRole('button', { name: 'Hủy' }).click();
		await expect(page.locator('.rawlog')).toHaveAttribute('data-status', 'cancelled');
		await expect(page.locator('.rawlog .notice')).toContainText('Đã hủy');
		await expect(page.getByTestId('rawlog-message')).toHaveCount(0);
		await page.getByLabel('Tệp nhật ký').setInputFiles(file);
		await page.getByRole('button', { name: 'Tổng hợp' }).click();
		await expect(page.locator('.rawlog')).toHaveAttribute('data-status', 'done', { timeout: 90_000 });
		await expect(page.getByTestId('rawlog-rows-read')).toHaveText(vi(ROWS));
	});

	test('a file that is not a log gets a clear message naming the missing columns', async ({ page }) => {
		await page.goto('/import/');
		await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
		await page.getByLabel('Tệp nhật ký').setInputFiles({ name: 'bang.csv', mimeType: 'text/csv', buffer: Buffer.from('Tỉnh,Giao dịch điện tử,Tổng số\nHà Nội,1,2\n') });
		await page.getByRole('button', { name: 'Tổng hợp' }).click();
		await expect(page.getByRole('alert')).toContainText('bang.csv: Thiếu cột bắt buộc: ngày, kênh');
	});
});
