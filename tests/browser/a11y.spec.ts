import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { EVERY_PAGE } from './helpers/pages';

// axe-core on every page, in Vietnamese and English, at 1280 and 390 px: no serious or critical
// violation. One test per page, the four views in one browser context, to keep the suite short.
test.use({ serviceWorkers: 'block' });

for (const path of EVERY_PAGE) {
	test(`axe: ${path} in vi and en at 1280 and 390 px`, async ({ page }) => {
		// Four full axe runs (colour contrast of every text is the slow rule): seconds each on a quiet
		// machine, much more on a shared one.
		test.setTimeout(300_000);
		const found: string[] = [];
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
			for (const query of ['', '?lang=en']) {
				await page.goto(path + query);
				await page.waitForLoadState('networkidle');
				const { violations } = await new AxeBuilder({ page }).analyze();
				for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
					found.push(`${path}${query} ${width}px ${v.impact} ${v.id} (${v.nodes.length}): ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
				}
			}
		}
		expect(found).toEqual([]);
	});
}
