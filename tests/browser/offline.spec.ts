import { expect, test, type Page } from '@playwright/test';
import { serveStatic } from '../../scripts/static-server.mjs';

/** True once every same-origin file the page fetched, and the page itself, is in the service worker's caches. */
function allKept(page: Page): Promise<boolean> {
	return page.evaluate(async () => {
		const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((u) => new URL(u).origin === location.origin && !u.endsWith('/service-worker.js'));
		const hits = await Promise.all(urls.map((u) => caches.match(u)));
		return hits.every(Boolean);
	});
}

function keptFiles(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const names: string[] = [];
		for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) names.push(new URL(r.url).pathname);
		return names;
	});
}

// Our own server, so that "offline" is real: it is closed, not only emulated (Chromium's offline
// emulation does not reach a service worker's own fetches).
test('a visited page reads again offline, with its figures and their period; the engine is not kept unused', async ({ browser }) => {
	const server = await serveStatic('build');
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		for (const path of ['/unit34/01/', '/']) {
			await page.goto(`${server.url}${path}`);
			await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			// The first visit is not controlled yet: the page lists what it used, the worker keeps it.
			await expect.poll(() => allKept(page), { timeout: 30_000 }).toBe(true);
		}
		const kept = await keptFiles(page);
		expect(kept).toContain('/');
		expect(kept).toContain('/unit34/01/');
		expect(kept.filter((f) => /duckdb|\.wasm$/.test(f))).toEqual([]);

		await server.close();
		await context.setOffline(true);
		await page.reload();
		await expect(page.locator('#ranking-table tbody tr')).toHaveCount(63);
		await expect(page.getByTestId('national-rate')).toHaveText('36,99%');
		await expect(page.locator('.meta')).toContainText('20/08/2019');
		await expect(page.locator('.offline-note')).toBeVisible();
		// Another view of a stored page (its state is in the query) opens offline too.
		await page.goto(`${server.url}/unit34/01/?lang=en`);
		await expect(page.locator('h1')).toContainText('Hà Nội');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	} finally {
		await context.close();
		await server.close().catch(() => undefined);
	}
});
