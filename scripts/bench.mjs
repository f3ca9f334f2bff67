// npm run bench: builds the site, serves it, loads it cold in headless Chromium several times and
// prints a table. A benchmark, not a test: nothing here passes or fails on a time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, INSTALL_HINT } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const ms = (v) => `${Math.round(v)} ms`;

function printTable(title, header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
	console.log(`\n${title}\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const r of rows) console.log(line(r));
}

/** What a gzip-serving web server would send for the files of one run (DuckDB sends compress well). */
function gzipSizeOf(files) {
	return files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 6 }).length, 0);
}

async function pageLoadBench() {
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		const build = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8' });
		if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
	}
	const executablePath = chromiumPath();
	if (!executablePath) throw new Error(INSTALL_HINT);
	const server = await serveStatic('build');
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
	const runs = [];
	try {
		for (let i = 0; i < RUNS; i++) {
			server.reset();
			const context = await browser.newContext(); // a fresh context: empty HTTP cache, a cold load
			const page = await context.newPage();
			const requested = [];
			page.on('request', (r) => requested.push(new URL(r.url()).pathname));
			await page.goto(`${server.url}/`, { waitUntil: 'domcontentloaded' });
			await page.locator('#ranking-table tbody tr').first().waitFor({ state: 'visible' });
			await page.locator('.engine[data-engine="ready"]').waitFor({ timeout: 120_000 });
			const timing = await page.evaluate(() => {
				const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
				const ready = performance.getEntriesByName('duckdb-ready')[0]?.startTime ?? NaN;
				const scripts = performance
					.getEntriesByType('resource')
					.filter((e) => e.name.endsWith('.js') && e.startTime < paint);
				const nav = performance.getEntriesByType('navigation')[0];
				return {
					paint,
					ready,
					domContentLoaded: nav.domContentLoadedEventEnd,
					jsBeforePaint: scripts.reduce((s, e) => s + e.encodedBodySize, 0),
					tableRows: document.querySelectorAll('#ranking-table tbody tr').length
				};
			});
			runs.push({ ...timing, bytes: server.sent.bytes, requests: server.sent.requests, wasm: server.sent.byType['.wasm'] ?? 0, files: [...new Set(requested)] });
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const files = runs[0].files.map((p) => path.join('build', p.endsWith('/') ? `${p}index.html` : p)).filter((f) => existsSync(f) && statSync(f).isFile());
	const gz = gzipSizeOf(files);
	const stats = (pick, format) => {
		const values = runs.map(pick);
		return [format(median(values)), format(Math.min(...values)), format(Math.max(...values))];
	};
	printTable(
		`Cold loads of the overview page (${RUNS} runs, localhost, a fresh browser context each, headless Chromium)`,
		['measure', 'median', 'min', 'max'],
		[
			['ranking table visible (first contentful paint; the table is in the prerendered HTML)', ...stats((r) => r.paint, ms)],
			['DOMContentLoaded', ...stats((r) => r.domContentLoaded, ms)],
			['DuckDB ready (ranking recomputed in the browser)', ...stats((r) => r.ready, ms)],
			['JavaScript requested before first paint', ...stats((r) => r.jsBeforePaint, kb)],
			['total bytes transferred (server without compression)', ...stats((r) => r.bytes, mb)],
			['  of which DuckDB .wasm', ...stats((r) => r.wasm, mb)],
			['total bytes if the server gzips (same files)', mb(gz), '', ''],
			['requests', ...stats((r) => r.requests, String)]
		]
	);
	console.log(`table rows seen at ready: ${runs.map((r) => r.tableRows).join(', ')}`);
}

await pageLoadBench();

// Benchmarks of other features register themselves as scripts/bench-*.mjs and run after this one.
for (const file of readdirSync('scripts').filter((f) => /^bench-.+\.mjs$/.test(f)).sort()) {
	console.log(`\n$ node scripts/${file}`);
	const result = spawnSync('node', [path.join('scripts', file)], { stdio: 'inherit' });
	if (result.status !== 0) console.log(`(${file} exited with ${result.status})`);
}
