import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The publications as releases.csv lists them, read here independently of the app's parser. */
const releaseRows = readFileSync('data/catalogue/releases.csv', 'utf8').trimEnd().split('\n').slice(1);

test('the releases page lists every publication and revision, and the Atom feed parses and lists them too', async ({ page }) => {
	await page.goto('/releases/');
	await expect(page.locator('h1')).toHaveText('Cập nhật số liệu');
	await expect(page.getByTestId('release')).toHaveCount(releaseRows.length);
	await expect(page.locator('#cv3040-2019_2019-08-20_benefits_e_dossiers_r1')).toContainText('Số liệu phát hành ngày 20/08/2019, bản 1');
	await expect(page.locator('#cv3040-2019_2019-08-20_benefits_e_dossiers_r1')).toContainText('Phụ lục Công văn số 3040/BHXH-CNTT');
	await expect(page.locator('#illustrative-2019-monthly_all_all_r1')).toContainText('Dữ liệu minh họa');
	await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);

	// Every release's figures file is in the built site, byte for byte the file the catalogue row hashes.
	const fileHref = await page.locator('#cv3040-2019_2019-08-20_benefits_e_dossiers_r1').getByTestId('release-file').getAttribute('href');
	const figures = await page.request.get(new URL(fileHref!, page.url()).toString());
	expect(await figures.text()).toBe(readFileSync('data/bhxh-3040-2019.csv', 'utf8'));
	await expect(page.getByTestId('release-file')).toHaveCount(releaseRows.length);

	const href = await page.getByTestId('feed-link').getAttribute('href');
	const response = await page.request.get(new URL(href!, page.url()).toString());
	expect(response.ok()).toBe(true);
	const xml = await response.text();
	// A real XML parser (the browser's), as a feed reader would use.
	const parsed = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'application/xml');
		const ns = 'http://www.w3.org/2005/Atom';
		const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
		const root = doc.documentElement;
		const entries = [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
			id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent ?? '',
			title: e.getElementsByTagNameNS(ns, 'title')[0]?.textContent ?? '',
			updated: e.getElementsByTagNameNS(ns, 'updated')[0]?.textContent ?? ''
		}));
		return { error, name: root.localName, namespace: root.namespaceURI, feedId: root.getElementsByTagNameNS(ns, 'id')[0]?.textContent, entries };
	}, xml);
	expect(parsed.error).toBeNull();
	expect([parsed.name, parsed.namespace]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
	expect(parsed.feedId).toBeTruthy();
	expect(parsed.entries).toHaveLength(releaseRows.length);
	expect(new Set(parsed.entries.map((e) => e.id)).size).toBe(releaseRows.length);
	for (const e of parsed.entries) expect(Number.isNaN(Date.parse(e.updated)), e.updated).toBe(false);
	for (const row of releaseRows) {
		const [dataset, , , revision, published] = row.split(',');
		expect(parsed.entries.some((e) => e.id.includes(dataset) && e.id.endsWith(`_r${revision}`) && e.updated.startsWith(published)), row).toBe(true);
	}
});

test('the method page states the rules, in Vietnamese then English, and both pages are in the menu', async ({ page }) => {
	await page.goto('/method/');
	await expect(page.locator('h1')).toHaveText('Phương pháp');
	for (const id of ['rate', 'national', 'rounding', 'rank', 'change', 'flags', 'what-it-takes', 'units34', 'channels', 'revisions']) {
		await expect(page.locator(`section#${id} h2`)).toBeVisible();
	}
	await expect(page.locator('#rounding')).toContainText('làm tròn nửa lên');
	await expect(page.getByTestId('targets').locator('li')).toHaveCount(readFileSync('data/targets.csv', 'utf8').trimEnd().split('\n').length - 1);
	await expect(page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Phương pháp' })).toBeVisible();
	await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Cập nhật số liệu' }).click();
	await expect(page).toHaveURL(/\/releases\/$/);

	await page.goto('/method/?lang=en');
	await expect(page.locator('h1')).toHaveText('Method');
	await expect(page.locator('#change')).toContainText('from 12th to 9th is ▲3');
	await page.goto('/releases/?lang=en');
	await expect(page.locator('h1')).toHaveText('Data releases');
	await expect(page.locator('#cv3040-2019_2019-08-20_benefits_e_dossiers_r1')).toContainText('Figures released on 20/08/2019, revision 1');
});

test('on a 390 px phone neither page scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	for (const path of ['/releases/', '/method/']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await page.goto('/releases/');
	await page.screenshot({ path: 'test-results/releases-390.png', fullPage: true });
	await page.goto('/method/');
	await page.screenshot({ path: 'test-results/method-390.png', fullPage: false });
});
