import { expect, type Locator, type Page } from '@playwright/test';

// What the tests of imported datasets (progress-live, report-live) share: importing through /import/, as a
// user does, and watching the page for foreign requests and errors.

/** Imports a CSV file on /import/, expects every row taken, names the dataset and returns the import message. */
export async function importCsv(page: Page, file: { fileName: string; csv: string; rows: number; datasetName: string }): Promise<Locator> {
	await page.goto('/import/');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	await page.locator('input[name="file"]').setInputFiles({ name: file.fileName, mimeType: 'text/csv', buffer: Buffer.from(file.csv, 'utf8') });
	await expect(page.getByTestId('count-imported')).toHaveText(String(file.rows));
	await expect(page.getByTestId('count-rejected')).toHaveText('0');
	await page.locator('input[name="dataset-name"]').fill(file.datasetName);
	await page.locator('form.confirm button[type="submit"]').click();
	const message = page.getByTestId('import-message');
	await expect(message).toContainText(file.datasetName);
	return message;
}

/** Writes datasets into the workspace through the import page's workspace-file import. */
export async function importWorkspaceFile(page: Page, workspace: unknown): Promise<void> {
	await page.goto('/import/');
	await expect(page.getByTestId('source')).toHaveAttribute('data-ready', 'true');
	await page.locator('.ws-actions input[type="file"]').setInputFiles({ name: 'ws.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(workspace)) });
}

/** Collects requests leaving the origin, console errors and page errors; a test expects the list empty. */
export function watch(page: Page, origin: string): string[] {
	const problems: string[] = [];
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) problems.push(`foreign request ${r.url()}`);
	});
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	page.on('pageerror', (e) => problems.push(e.message));
	return problems;
}
