import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

test('Chuẩn bị phát hành: a checked import downloads as a file that publish accepts unchanged', async ({ page }) => {
	await page.goto('/import/?lang=en');
	await page.locator('textarea[name="paste"]').fill(readFileSync('tests/fixtures/cv3040-2019-letter.txt', 'utf8'));
	await page.getByRole('button', { name: 'Read the pasted table' }).click();
	await page.locator('input[name="period"]').fill('30/09/2019');
	await page.locator('select[name="indicator"]').selectOption('benefits_e_dossiers');
	await expect(page.getByTestId('count-rejected')).toHaveText('0');

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Prepare for publication' }).click()]);
	expect(download.suggestedFilename()).toBe('phat-hanh_benefits_e_dossiers_2019-09-30.csv');
	await expect(page.getByTestId('prepare-publication').getByRole('status')).toContainText('63 units');

	const dir = mkdtempSync(path.join(tmpdir(), 'prepare-browser-'));
	const file = path.join(dir, download.suggestedFilename());
	await download.saveAs(file);
	cpSync('data', path.join(dir, 'data'), { recursive: true });
	const stdout = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'publish', '--input', file, '--data', path.join(dir, 'data')], { encoding: 'utf8' });
	expect(stdout).toContain('published cv3040-2019 2019-09-30 benefits_e_dossiers: 63 units, revision 1');
	// The figures published are the letter's: the same counts as the 2019 appendix, unit by unit.
	const published = readFileSync(path.join(dir, 'data/catalogue/cv3040-2019/benefits_e_dossiers/2019-09-30.r1.csv'), 'utf8');
	const counts = (text: string, codeAt: number, eAt: number) =>
		text.trimEnd().split('\n').slice(1).map((l) => l.split(',')).map((c) => `${c[codeAt]}:${c[eAt]}/${c[eAt + 1]}`).sort();
	expect(counts(published, 0, 3)).toEqual(counts(readFileSync('data/bhxh-3040-2019.csv', 'utf8'), 1, 5));
});
