import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

// PW_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests/browser',
	outputDir: 'test-results/browser',
	timeout: 120_000,
	expect: { timeout: 30_000 },
	workers: 1,
	reporter: [['list'], ['json', { outputFile: 'test-results/browser.json' }]],
	use: {
		browserName: 'chromium',
		baseURL: `http://127.0.0.1:${PORT}`,
		headless: true,
		launchOptions: { executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS }
	},
	webServer: {
		// The built site, served as a plain static host would.
		command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
