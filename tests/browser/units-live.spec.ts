import { expect, test, type Page } from '@playwright/test';
import { watch } from './helpers/live-import';

// A provincial director imports the latest monthly figures (issue 3's import page) and opens the province's
// page and the map on them: the page's DuckDB makes the figures with the build's queries, and they go
// through the same derivations as the embedded data. Every expected figure is worked out by hand below.
//
// Benefits field (Thực hiện chính sách), six provinces, May and June 2025 (both before 1 July 2025, so on
// the 63 provinces):
//   code  region    05/2025                06/2025
//   79    DNB       4.000 / 8.000  = 50%    4.400 / 8.000  = 55%
//   48    BTBDHMT     600 / 1.500  = 40%      570 / 1.500  = 38%
//   58    BTBDHMT     350 / 1.000  = 35%      320 / 1.000  = 32%
//   01    DBSH      3.000 / 10.000 = 30%    3.300 / 10.000 = 33%
//   56    BTBDHMT     500 / 2.000  = 25%      900 / 2.000  = 45%
//   66    TN          200 / 1.000  = 20%      250 / 1.000  = 25%
// Khánh Hòa (56), best first: 5th of 6 in May, 2nd of 6 in June → up 3 places, +20,00 points.
// Appendix order (lowest first) in June: 66, 58, 01, 48, 56, 79 → STT 5/6.
// Nation in June: 9.740 / 23.500 = 41,4468…% → Khánh Hòa +3,55 points, reached.
// Target 80%: 45 − 80 = −35,00 points; ⌈0,8 × 2.000⌉ − 900 = 700 dossiers short.
// Percentile: ahead of 4 of the 5 others, no ties → 80,0.
// Region BTBDHMT in June: 58 (32%), 48 (38%), 56 (45%) → STT 3/3, best first 1/3; 1.790 / 4.500 = 39,78%.
const rows: [string, string, string, string, string][] = [
	['79', 'TP Hồ Chí Minh', '05/2025', '4.000', '8.000'],
	['48', 'Đà Nẵng', '05/2025', '600', '1.500'],
	['58', 'Ninh Thuận', '05/2025', '350', '1.000'],
	['01', 'Hà Nội', '05/2025', '3.000', '10.000'],
	['56', 'Khánh Hòa', '05/2025', '500', '2.000'],
	['66', 'Đắk Lắk', '05/2025', '200', '1.000'],
	['79', 'TP Hồ Chí Minh', '06/2025', '4.400', '8.000'],
	['48', 'Đà Nẵng', '06/2025', '570', '1.500'],
	['58', 'Ninh Thuận', '06/2025', '320', '1.000'],
	['01', 'Hà Nội', '06/2025', '3.300', '10.000'],
	['56', 'Khánh Hòa', '06/2025', '900', '2.000'],
	['66', 'Đắk Lắk', '06/2025', '250', '1.000']
];
const CSV = ['Mã tỉnh;Tỉnh/TP;Kỳ;Lĩnh vực;Giao dịch điện tử;Tổng số', ...rows.map((r) => [r[0], r[1], r[2], 'Thực hiện chính sách', r[3], r[4]].join(';'))].join('\r\n');

const cells = (page: Page, table: string, code: string) =>
	page.locator(`${table} tbody tr[data-code="${code}"]`).evaluate((tr) => Array.from(tr.children).map((c) => (c.textContent ?? '').trim().replace(/\s+/g, ' ')));

async function importCsv(page: Page, baseURL: string, csv = CSV, file = 'thang-05-06-2025.csv', name = 'Tháng 5–6/2025', count = 12): Promise<string> {
	// The file input works once the page is hydrated (its scripts loaded).
	await page.goto('/import/', { waitUntil: 'networkidle' });
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	await page.locator('input[name="file"]').setInputFiles({ name: file, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
	await expect(page.getByTestId('count-imported')).toHaveText(String(count));
	await expect(page.getByTestId('count-rejected')).toHaveText('0');
	await page.locator('input[name="dataset-name"]').fill(name);
	await page.locator('form.confirm button[type="submit"]').click();
	const message = page.getByTestId('import-message');
	await expect(message).toContainText(name);
	const id = new URL((await message.locator('a[href^="/?dataset="]').getAttribute('href'))!, baseURL).searchParams.get('dataset')!;
	expect(id).toMatch(/^imp-/);
	return id;
}

test('an imported two-month CSV: the province page ranks Khánh Hòa, the map is coloured by it, links keep the dataset', async ({ page, baseURL }) => {
	const problems = watch(page, new URL(baseURL!).origin);
	const id = await importCsv(page, baseURL!);

	// The province page, on the imported figures.
	await page.goto(`/province/56/?dataset=${id}`);
	await expect(page.getByTestId('live-state')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('imported-banner')).toContainText('Tháng 5–6/2025');
	await expect(page.getByTestId('imported-banner')).toContainText('thang-05-06-2025.csv');
	await expect(page.locator('.meta')).toContainText('Tháng 06/2025');
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('2/6'); // best first (was the appendix STT 5/6)
	await expect(page.getByTestId('appendix-stt')).toHaveText('STT theo phụ lục (thấp nhất trước): 5/6');
	await expect(page.getByTestId('rank-change').locator('.value')).toHaveText('▲ tăng 3 bậc');
	await expect(page.getByTestId('rank-change').locator('.detail')).toHaveText('xếp từ cao xuống, từ Tháng 05/2025 đến Tháng 06/2025; tỷ lệ +20,00 điểm %');
	await expect(page.getByTestId('rate').locator('.value')).toHaveText('45,00%');
	await expect(page.getByTestId('rate').locator('.detail')).toHaveText('900 / 2.000 hồ sơ');
	await expect(page.getByTestId('vs-nation')).toContainText('41,45%');
	await expect(page.getByTestId('vs-nation').locator('.value')).toContainText('+3,55');
	await expect(page.getByTestId('vs-nation').locator('.detail')).toHaveText('đã đạt');
	await expect(page.getByTestId('vs-target').locator('.value')).toContainText('−35,00');
	await expect(page.getByTestId('vs-target').locator('.detail')).toContainText('cần thêm 700 hồ sơ');
	await expect(page.getByTestId('percentile').locator('.value')).toHaveText('80,0');
	await expect(page.getByTestId('rank-region').locator('.value')).toHaveText('1/3'); // best first (was the STT 3/3)
	await expect(page.getByTestId('rank-region').locator('.detail')).toContainText('hạng 1 là tỷ lệ cao nhất');
	// Regional peers side by side, appendix order, each with its national STT (Đà Nẵng 4th after 66, 58, 01);
	// the region's sum over sum.
	await expect(page.getByTestId('peers-table').locator('tbody tr')).toHaveCount(3);
	expect(await page.getByTestId('peers-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')))).toEqual(['58', '48', '56']);
	expect(await cells(page, '[data-testid="peers-table"]', '48')).toEqual(['4', 'Đà Nẵng', '570', '1.500', '38,00%']);
	await expect(page.getByTestId('peers-table').locator('tfoot')).toContainText('1.790');
	await expect(page.getByTestId('peers-table').locator('tfoot')).toContainText('39,78%');
	// The trend over both months.
	await expect(page.getByTestId('trend').locator('tbody tr')).toHaveCount(2);
	// Newest first; the rank is best first (the appendix STT is not repeated here).
	await expect(page.getByTestId('trend').locator('tbody tr').first()).toHaveText(/Tháng 06\/2025\s*45,00%\s*2\/6\s*900 \/ 2\.000/);
	await expect(page.getByTestId('trend').locator('tbody tr').last()).toHaveText(/Tháng 05\/2025\s*25,00%\s*5\/6/);
	await page.screenshot({ path: 'test-results/units-live-province.png', fullPage: true });

	// The same in English, the language kept by the links.
	await page.goto(`/province/56/?dataset=${id}&lang=en`);
	await expect(page.getByTestId('imported-banner')).toContainText('Imported data');
	await expect(page.getByTestId('appendix-stt')).toHaveText('Appendix no. (lowest first): 5/6');
	await expect(page.getByTestId('rate').locator('.value')).toHaveText('45.00%');
	await expect(page.getByTestId('peers-table').locator('a').first()).toHaveAttribute('href', `/province/58/?lang=en&dataset=${id}`);
	await page.goto(`/province/56/?dataset=${id}`);
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('2/6');

	// Links keep the dataset: peers, the map, the overview, the new unit.
	await expect(page.getByTestId('peers-table').locator('a').first()).toHaveAttribute('href', `/province/58/?dataset=${id}`);
	await expect(page.locator('nav.crumbs a').first()).toHaveAttribute('href', `/?dataset=${id}`);
	await expect(page.getByTestId('merged-into').locator('a')).toHaveAttribute('href', `/unit34/56/?dataset=${id}`);

	// The map on the imported figures: six units coloured, the rest without figures.
	await page.locator('nav.crumbs a', { hasText: 'Bản đồ' }).click();
	await expect(page).toHaveURL(new RegExp(`/map/\\?dataset=${id}$`));
	await expect(page.getByTestId('live-state')).toHaveAttribute('data-state', 'ready');
	await expect(page.locator('select[name="period"]')).toHaveValue('2025-06');
	const tile = (code: string) => page.locator(`svg.tile-map a.tile[data-code="${code}"]`);
	await expect(tile('56')).toHaveAttribute('aria-label', 'Khánh Hòa 45,00% (900 / 2.000 hồ sơ điện tử); STT phụ lục 5/6 · hạng 2/6 cao nhất trước; chưa đạt mục tiêu');
	expect((await cells(page, '[data-testid="map-table"]', '56')).slice(1, 5)).toEqual(['900', '2.000', '45,00%', '5']);
	expect((await cells(page, '[data-testid="map-table"]', '79')).slice(1, 5)).toEqual(['4.400', '8.000', '55,00%', '6']);
	expect((await cells(page, '[data-testid="map-table"]', '02')).slice(1, 5)).toEqual(['—', '—', '—', '—']);
	const withFigures = await page
		.getByTestId('map-table')
		.locator('tbody tr')
		.evaluateAll((trs) => trs.filter((tr) => tr.children[3].textContent?.trim() !== '—').map((tr) => tr.getAttribute('data-code')));
	expect(withFigures.sort()).toEqual(['01', '48', '56', '58', '66', '79']);
	await expect(page.getByTestId('map-coverage')).toContainText('6/63');
	const fillOf = (code: string) => page.locator(`a.tile[data-code="${code}"] rect`).getAttribute('fill');
	expect(await fillOf('79')).not.toBe(await fillOf('66'));
	expect(await fillOf('02')).not.toBe(await fillOf('66'));
	await page.screenshot({ path: 'test-results/units-live-map.png', fullPage: true });

	// The earlier month: Khánh Hòa 25%, STT 2/6.
	await page.locator('select[name="period"]').selectOption('2025-05');
	await expect(tile('56')).toHaveAttribute('aria-label', 'Khánh Hòa 25,00% (500 / 2.000 hồ sơ điện tử); STT phụ lục 2/6 · hạng 5/6 cao nhất trước; chưa đạt mục tiêu');
	await expect(page).toHaveURL(new RegExp(`dataset=${id}`));

	// On the 34 units: the new Khánh Hòa = 56 + 58. June: 1.220 / 3.000 = 40,67%, among 79 (55%), 48 (38%),
	// 01 (33%), 66 (25%) → STT 4/5, best first 2/5; May: 850 / 3.000 = 28,33% → best first 4/5: up 2.
	await page.locator('input[name="units"][value="34"]').check();
	await expect(page).toHaveURL(new RegExp(`units=34.*dataset=${id}|dataset=${id}.*units=34`));
	await tile('56').click();
	await expect(page).toHaveURL(new RegExp(`/unit34/56/\\?dataset=${id}$`));
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('2/5'); // best first (was the STT 4/5)
	await expect(page.getByTestId('appendix-stt')).toHaveText('STT theo phụ lục (thấp nhất trước): 4/5');
	await expect(page.getByTestId('rate').locator('.value')).toHaveText('40,67%');
	await expect(page.getByTestId('rate').locator('.detail')).toHaveText('1.220 / 3.000 hồ sơ');
	await expect(page.getByTestId('rank-change').locator('.value')).toHaveText('▲ tăng 2 bậc');
	expect((await cells(page, '[data-testid="composition"]', '58')).slice(1)).toEqual(['320', '1.000', '32,00%', '2']);
	expect((await cells(page, '[data-testid="composition"]', '56')).slice(1)).toEqual(['900', '2.000', '45,00%', '5']);
	await expect(page.locator('nav.crumbs a', { hasText: 'Bản đồ' })).toHaveAttribute('href', `/map/?units=34&dataset=${id}`);

	// The overview on the imported dataset links to unit pages on the same dataset.
	await page.goto(`/?dataset=${id}`);
	const overviewLink = page.locator('#ranking-table tbody tr[data-code="56"] a');
	await expect(overviewLink).toHaveAttribute('href', new RegExp(`^/province/56/\\?dataset=${id}&indicator=benefits_e_dossiers$`));
	await overviewLink.click();
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('2/6');

	expect(problems).toEqual([]);
});

test('unit pages and the map say when the dataset is not in this browser, or lacks the indicator', async ({ page, baseURL }) => {
	const problems = watch(page, new URL(baseURL!).origin);
	await page.goto('/province/56/?dataset=imp-nowhere');
	await expect(page.getByTestId('live-state')).toHaveAttribute('data-state', 'not_found');
	await expect(page.getByTestId('live-state')).toContainText('«imp-nowhere»');
	await expect(page.getByTestId('live-state').locator('a')).toHaveAttribute('href', '/import/');
	await expect(page.getByTestId('rank-nation')).toHaveCount(0);
	await page.goto('/map/?dataset=imp-nowhere');
	await expect(page.getByTestId('live-state')).toHaveAttribute('data-state', 'not_found');
	await expect(page.getByTestId('map-table').locator('tbody td', { hasText: '%' })).toHaveCount(0);

	const id = await importCsv(page, baseURL!);
	// An indicator the dataset lacks: said so, with the ones it has as links.
	await page.goto(`/province/56/?dataset=${id}&indicator=vssid_accounts`);
	await expect(page.getByTestId('live-state')).toHaveAttribute('data-state', 'no_indicator');
	await expect(page.getByTestId('live-state').locator('a')).toHaveCount(1);
	await page.screenshot({ path: 'test-results/units-live-no-indicator.png', fullPage: false });
	await page.getByTestId('live-state').locator('a').click();
	await expect(page).toHaveURL(new RegExp(`indicator=benefits_e_dossiers`));
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('2/6');
	// A province the dataset lacks: said so, with the map of the dataset.
	await page.goto(`/province/02/?dataset=${id}`);
	await expect(page.getByTestId('unit-missing')).toContainText('Tháng 5–6/2025');
	await expect(page.getByTestId('unit-missing')).toContainText('Tháng 06/2025');
	await expect(page.getByTestId('unit-missing').locator('a')).toHaveAttribute('href', `/map/?dataset=${id}`);
	await page.screenshot({ path: 'test-results/units-live-missing.png', fullPage: false });
	expect(problems).toEqual([]);
});

// January 2026, after 1 July 2025: figures by the 34 units (the new Khánh Hòa 56 includes Ninh Thuận).
// Best first: TP HCM 90%, Khánh Hòa 60%, Hà Nội 30% → Khánh Hòa STT 2/3, rank 2/3.
const CSV_2026 = [
	'Mã tỉnh;Tỉnh/TP;Kỳ;Lĩnh vực;Giao dịch điện tử;Tổng số',
	'56;Khánh Hòa;01/2026;Thực hiện chính sách;600;1.000',
	'01;Hà Nội;01/2026;Thực hiện chính sách;300;1.000',
	'79;TP Hồ Chí Minh;01/2026;Thực hiện chính sách;900;1.000'
].join('\r\n');

test('a dataset on the 34 units only: the map shows the 34 units, an old province’s page points to its new unit', async ({ page, baseURL }) => {
	const problems = watch(page, new URL(baseURL!).origin);
	const id = await importCsv(page, baseURL!, CSV_2026, 'thang-01-2026.csv', 'Tháng 1/2026', 3);
	await page.goto(`/map/?dataset=${id}`);
	await expect(page.getByTestId('live-state')).toHaveAttribute('data-state', 'ready');
	await expect(page.getByTestId('only-34-note')).toBeVisible();
	await expect(page.locator('input[name="units"][value="34"]')).toBeChecked();
	await expect(page.locator('input[name="units"][value="63"]')).toBeDisabled();
	await expect(page.locator('svg.tile-map a.tile')).toHaveCount(34);
	await expect(page.getByTestId('map-coverage')).toContainText('3/34');
	await expect(page.getByTestId('crosswalk-note')).toHaveCount(0);
	await expect(page.locator('svg.tile-map a.tile[data-code="56"]')).toHaveAttribute(
		'aria-label',
		'Khánh Hòa 60,00% (600 / 1.000 hồ sơ điện tử); STT phụ lục 2/3 · hạng 2/3 cao nhất trước; chưa đạt mục tiêu'
	);
	await page.screenshot({ path: 'test-results/units-live-map-34.png', fullPage: false });
	await page.goto(`/province/58/?dataset=${id}`);
	await expect(page.getByTestId('unit-missing')).toContainText('Tháng 01/2026');
	await page.getByTestId('unit-missing').locator(`a[href="/unit34/56/?dataset=${id}"]`).click();
	await expect(page.getByTestId('rank-nation').locator('.value')).toHaveText('2/3');
	await expect(page.getByTestId('rate').locator('.value')).toHaveText('60,00%');
	expect(problems).toEqual([]);
});
