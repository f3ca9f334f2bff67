import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

test('printing the ranking page gives A4 pages with the whole table, its header on every page, no controls', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('#ranking-table tbody tr')).toHaveCount(63);
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	mkdirSync('test-results', { recursive: true });
	writeFileSync('test-results/overview-print.pdf', pdf);
	const info = execFileSync('pdfinfo', ['test-results/overview-print.pdf'], { encoding: 'utf8' });
	expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
	const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
	const texts = Array.from({ length: pages }, (_, i) =>
		execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), 'test-results/overview-print.pdf', '-'], { encoding: 'utf8' })
	);
	const all = texts.join('\n');
	expect(all).not.toContain('Tiếng Việt'); // the language menu and the site header are hidden
	expect(all).not.toContain('Lưu biểu đồ');
	expect(all).not.toMatch(/Thứ tự\s/); // the controls
	// every row once, in order, and each page holding rows starts with the table header
	const stts: number[] = [];
	for (const text of texts) {
		const rows = [...text.matchAll(/^\s*(\d{1,2})\s+BHXH /gm)].map((m) => Number(m[1]));
		if (rows.length > 0) expect(text).toMatch(/STT\s+Đơn vị/);
		stts.push(...rows);
	}
	expect(stts).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
	execFileSync('pdftoppm', ['-png', '-r', '50', 'test-results/overview-print.pdf', 'test-results/overview-print']);
});

test('the ranking chart saves as SVG and PNG with its title, legend and source line', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('#ranking-table tbody tr')).toHaveCount(63);
	await page.locator('.save-menu summary').click();
	const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-save="svg"]').click()]);
	expect(svgDownload.suggestedFilename()).toBe('xep-hang-2019-08-20.svg');
	const svg = readFileSync((await svgDownload.path())!, 'utf8');
	expect(svg.startsWith('<?xml')).toBe(true);
	expect(svg).toContain('>Xếp hạng các đơn vị theo tỷ lệ giao dịch điện tử</text>');
	expect(svg).toContain('>Đạt mục tiêu</text>');
	expect(svg).toContain('>Chưa đạt mục tiêu</text>');
	expect(svg).toContain('Nguồn: ');
	expect(svg).toMatch(/<rect[^>]+style="fill:\s*rgb\(27, 127, 90\)/); // class styles inlined
	expect(svg).not.toMatch(/url\(|@import|<link/); // nothing to fetch
	expect((svg.match(/data-key="/g) ?? []).length).toBe(63);
	writeFileSync('test-results/chart.svg', svg);

	// the menu stays open after the first file
	const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-save="png"]').click()]);
	const png = readFileSync((await pngDownload.path())!);
	expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	expect(width).toBe((860 + 32) * 2);
	expect(height).toBeGreaterThan(63 * 14 * 2);
	writeFileSync('test-results/chart.png', png);
});
