import { expect, test, type Page } from '@playwright/test';
import { EVERY_PAGE } from './helpers/pages';

// A phone: 390 × 844 CSS px, touch, mobile viewport rules (the iPhone 12-15 size), then 360 px wide.
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });

async function sideways(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test('no page scrolls sideways at 390 and 360 px, in Vietnamese and English', async ({ page }) => {
	const overflowing: string[] = [];
	for (const width of [390, 360]) {
		await page.setViewportSize({ width, height: 844 });
		for (const path of EVERY_PAGE) {
			for (const query of ['', '?lang=en']) {
				await page.goto(path + query);
				await page.waitForLoadState('networkidle');
				const extra = await sideways(page);
				if (extra > 0) overflowing.push(`${path}${query} at ${width} px: +${extra} px`);
			}
		}
	}
	expect(overflowing).toEqual([]);
});

test('a unit page shows rank, rate, gap to target and change in the first screen of a phone', async ({ page }) => {
	for (const path of ['/province/01/', '/unit34/01/', '/province/79/?lang=en']) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		for (const id of ['rank-nation', 'rate', 'vs-target', 'rank-change']) {
			const box = await page.getByTestId(id).boundingBox();
			expect(box, `${path} ${id}`).not.toBeNull();
			expect(box!.x, `${path} ${id}`).toBeGreaterThanOrEqual(0);
			expect(box!.x + box!.width, `${path} ${id}`).toBeLessThanOrEqual(390);
			expect(box!.y + box!.height, `${path} ${id} bottom`).toBeLessThanOrEqual(844);
		}
	}
});

test('the ranking table scrolls inside its own box, the unit names staying in view', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.engine')).toHaveAttribute('data-engine', 'off');
	const table = page.locator('#ranking-table');
	const { scrollWidth, clientWidth } = await table.evaluate((t) => ({ scrollWidth: t.scrollWidth, clientWidth: t.clientWidth }));
	expect(scrollWidth).toBeGreaterThan(clientWidth);
	await table.evaluate((t) => t.scrollTo({ left: 200 }));
	const name = table.locator('tbody th[scope="row"]').first();
	const [tableBox, nameBox] = [await table.boundingBox(), await name.boundingBox()];
	expect(Math.abs(nameBox!.x - tableBox!.x)).toBeLessThan(2);
	// Controls: full width, one under another, at least 44 px high.
	for (const name of ['Thứ tự', 'Vùng', 'Mục tiêu (%)']) {
		const box = await page.getByLabel(name).boundingBox();
		expect(box!.height, name).toBeGreaterThanOrEqual(44);
		expect(box!.width, name).toBeGreaterThan(300);
	}
	for (const link of await page.locator('header nav a').all()) {
		expect((await link.boundingBox())!.height, await link.innerText()).toBeGreaterThanOrEqual(44);
	}
});
