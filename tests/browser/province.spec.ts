import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

// The 2019 appendix and the 34 units, read independently of the app's code.
const rows = (file: string) => {
	const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
	const names = header.split(',');
	return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
};
const appendix = rows('data/bhxh-3040-2019.csv');
const units34 = rows('data/units-34.csv');

test('Khánh Hòa (56) ranks 52/63 (best first; STT 12 in the appendix order), with its region, gaps and what it takes', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.goto('/province/56/');
	await expect(page.getByTestId('unit-name')).toHaveText('BHXH Tỉnh Khánh Hòa');
	// One meaning of "hạng": best first (was 12/63, the appendix's lowest-first STT, before issue 12).
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('52/63');
	await expect(page.getByTestId('appendix-stt')).toHaveText('STT theo phụ lục (thấp nhất trước): 12/63');
	await expect(page.getByTestId('release-line')).toHaveText('Số liệu phát hành ngày 20/08/2019, bản 1');
	await expect(page.getByTestId('rate').locator('.value')).toHaveText('2,34%');
	await expect(page.getByTestId('rate').locator('.detail')).toHaveText('2.138 / 91.489 hồ sơ');
	await expect(page.getByTestId('vs-nation')).toContainText('36,99%');
	// Gaps are computed on the exact rates (2,3369% − 36,9937%), not on the rounded ones: −34,66, not −34,65.
	await expect(page.getByTestId('vs-nation').locator('.value')).toHaveText('−34,66 điểm %');
	// 80% of 91.489 = 73.191,2 → 73.192 electronic dossiers needed; it has 2.138.
	await expect(page.getByTestId('vs-target')).toContainText('80,00%');
	await expect(page.getByTestId('vs-target').locator('.detail')).toContainText('71.054');
	await expect(page.getByTestId('rank-change')).toContainText('một kỳ');
	// Region: Bắc Trung Bộ và duyên hải miền Trung, 14 provinces; Khánh Hòa's STT among them by the appendix.
	const region = ['38', '40', '42', '44', '45', '46', '48', '49', '51', '52', '54', '56', '58', '60'];
	const inRegion = appendix.filter((r) => region.includes(r.province_code));
	const kh = inRegion.find((r) => r.province_code === '56')!;
	const rateAbove = (r: Record<string, string>, of: Record<string, string>) =>
		BigInt(r.electronic) * BigInt(of.total) > BigInt(of.electronic) * BigInt(r.total);
	const regionRank = inRegion.filter((r) => rateAbove(r, kh)).length + 1;
	await expect(page.getByTestId('rank-region').locator('.value')).toHaveText(`${regionRank}/14`);
	// What it takes at its total 91.489: the target as above; the national rate E/T: ⌈E·t/T⌉ − e; the next
	// unit up (the lowest rate above its own): ⌊e_n·t/t_n⌋ + 1 − e. Worked here from the CSV.
	const E = appendix.reduce((s, r) => s + BigInt(r.electronic), 0n);
	const T = appendix.reduce((s, r) => s + BigInt(r.total), 0n);
	const t = BigInt(kh.total);
	const e = BigInt(kh.electronic);
	const national = (E * t + T - 1n) / T - e;
	const above = appendix.filter((r) => rateAbove(r, kh));
	const next = above.reduce((m, r) => (rateAbove(m, r) ? r : m));
	const passNext = (BigInt(next.electronic) * t) / BigInt(next.total) + 1n - e;
	const dots = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	await expect(page.getByTestId('what-target').locator('dd')).toHaveText('71.054 hồ sơ');
	await expect(page.getByTestId('what-national').locator('dd')).toHaveText(`${dots(national)} hồ sơ`);
	await expect(page.getByTestId('what-next-up').locator('dd')).toHaveText(`${dots(passNext)} hồ sơ`);
	await expect(page.getByTestId('peers-table').locator('tbody tr')).toHaveCount(14);
	await expect(page.locator('.peers svg.chart rect.bar')).toHaveCount(14);
	await expect(page.getByTestId('merged-into')).toContainText('Khánh Hòa + Ninh Thuận');
	// The locator map: 63 tiles, this one outlined.
	await expect(page.locator('.locator a.tile')).toHaveCount(63);
	await expect(page.locator('.locator a.tile.highlight')).toHaveAttribute('data-code', '56');
	await page.screenshot({ path: 'test-results/province-56.png', fullPage: true });
	expect(errors).toEqual([]);
});

test('a province link with ?units=34 opens the unit it merged into, keeping the rest of the view', async ({ page }) => {
	await page.goto('/province/58/?units=34&lang=en');
	await expect(page).toHaveURL(/\/unit34\/56\/\?lang=en$/);
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText(/^\d+\/34$/);
	await expect(page.getByTestId('appendix-stt')).toHaveText(/^Appendix no\. \(lowest first\): \d+\/34$/);
});

test('the target and language of the link apply to the page; a dataset this browser lacks is named, with no figures', async ({ page }) => {
	await page.goto('/province/56/?target=2&lang=en&dataset=nope');
	await expect(page.getByTestId('live-state')).toHaveAttribute('data-state', 'not_found');
	await expect(page.getByTestId('live-state')).toContainText('«nope»');
	await expect(page.getByTestId('live-state').locator('a[href="/import/?lang=en"]')).toBeVisible();
	await expect(page.getByTestId('rank-nation')).toHaveCount(0);
	await page.goto('/province/56/?target=2&lang=en');
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('52/63');
	await expect(page.getByTestId('vs-target')).toContainText('2.00%');
	await expect(page.getByTestId('vs-target').locator('.detail')).toHaveText('reached');
});

test('the new Khánh Hòa (56 + 58) is ranked among the 34 units and lists its old provinces with their figures', async ({ page }) => {
	const sums = units34.map((u) => {
		const parts = appendix.filter((r) => u.old_codes.split(' ').includes(r.province_code));
		return { code: u.code, e: parts.reduce((s, p) => s + Number(p.electronic), 0), t: parts.reduce((s, p) => s + Number(p.total), 0) };
	});
	const kh = sums.find((s) => s.code === '56')!;
	const lower = sums.filter((s) => s.e * kh.t < kh.e * s.t).length;
	const higher = sums.filter((s) => s.e * kh.t > kh.e * s.t).length;

	await page.goto('/unit34/56/');
	await expect(page.getByTestId('unit-name')).toHaveText('BHXH Tỉnh Khánh Hòa');
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText(`${higher + 1}/34`);
	await expect(page.getByTestId('appendix-stt')).toHaveText(`STT theo phụ lục (thấp nhất trước): ${lower + 1}/34`);
	await expect(page.getByTestId('rate').locator('.detail')).toHaveText('9.535 / 106.723 hồ sơ');
	await expect(page.getByTestId('no-official-regions')).toContainText('chưa có danh sách vùng');
	const parts = page.getByTestId('composition').locator('tbody tr');
	await expect(parts).toHaveCount(2);
	await expect(parts.nth(0)).toContainText('Khánh Hòa');
	await expect(parts.nth(0)).toContainText('2.138');
	await expect(parts.nth(1)).toContainText('Ninh Thuận');
	await expect(parts.nth(1)).toContainText('7.397');
	await expect(page.locator('.locator a.tile')).toHaveCount(34);
	await page.screenshot({ path: 'test-results/unit34-56.png', fullPage: true });

	await parts.nth(1).getByRole('link').click();
	await expect(page).toHaveURL(/\/province\/58\/$/);
	await expect(page.getByTestId('unit-name')).toHaveText('BHXH Tỉnh Ninh Thuận');
});

test.describe('with scripts off', () => {
	test.use({ javaScriptEnabled: false });
	test('the prerendered province page and map already carry the figures', async ({ page }) => {
		await page.goto('/province/56/');
		await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('52/63');
		await expect(page.getByTestId('appendix-stt')).toHaveText('STT theo phụ lục (thấp nhất trước): 12/63');
		await page.goto('/unit34/56/');
		await expect(page.getByTestId('composition').locator('tbody tr')).toHaveCount(2);
		await page.goto('/map/');
		await expect(page.locator('svg.tile-map a.tile')).toHaveCount(63);
		await page.locator('a.tile[data-code="56"]').click();
		await expect(page).toHaveURL(/\/province\/56\/$/);
		await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('52/63');
	});
});
