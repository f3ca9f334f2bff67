// npm run bench: builds the site, serves it, loads it cold in headless Chromium several times and
// prints a table. A benchmark, not a test: nothing here passes or fails on a time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, INSTALL_HINT } from './chromium.mjs';
import { precompress } from './precompress.mjs';
import { serveStatic } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);

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


/** The floor: the overview's prerendered HTML and CSS with every script removed, served the same way. */
async function floorSite() {
	const dir = mkdtempSync(path.join(tmpdir(), 'bhxh-floor-'));
	symlinkSync(path.resolve('build/_app'), path.join(dir, '_app'));
	const html = readFileSync('build/index.html', 'utf8')
		.replace(/<script\b[\s\S]*?<\/script>/g, '')
		.replace(/<link[^>]+rel="modulepreload"[^>]*>/g, '');
	writeFileSync(path.join(dir, 'index.html'), html);
	await precompress(dir);
	return dir;
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

/** One cold visit (a fresh context: empty HTTP cache, no service worker yet) until the network is idle. */
async function coldVisit(browser, server, pathname, { recompute = false, serviceWorkers = 'block' } = {}) {
	server.reset();
	const context = await browser.newContext({ ...PHONE, serviceWorkers });
	const page = await context.newPage();
	// DuckDB-first: the engine asked for as soon as the page can (the button is enabled once live).
	await page.goto(`${server.url}${pathname}`, { waitUntil: recompute ? 'commit' : 'networkidle' });
	if (recompute) {
		await page.locator('.engine button').click();
		await page.locator('.engine[data-engine="ready"]').waitFor({ timeout: 180_000 });
	}
	const timing = await page.evaluate(() => {
		const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		const ready = performance.getEntriesByName('duckdb-ready')[0]?.startTime ?? NaN;
		const js = performance.getEntriesByType('resource').filter((e) => /\.m?js$/.test(new URL(e.name).pathname) && e.startTime < paint);
		return { paint, ready, jsBeforePaint: js.reduce((s, e) => s + e.encodedBodySize, 0) };
	});
	const sent = { bytes: server.sent.bytes, requests: server.sent.requests, wasm: server.sent.byType['.wasm'] ?? 0 };
	return { context, page, ...timing, ...sent };
}

async function pageLoadBench() {
	if (process.env.BENCH_SKIP_BUILD !== '1') {
		const build = spawnSync('npx', ['vite', 'build'], { encoding: 'utf8' });
		if (build.status !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
	}
	const executablePath = chromiumPath();
	if (!executablePath) throw new Error(INSTALL_HINT);
	const server = await serveStatic('build');
	const floor = await serveStatic(await floorSite());
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
	const rows = { overview: [], unit: [], floor: [], duckdbFirst: [], repeat: [] };
	try {
		for (let i = 0; i < RUNS; i++) {
			for (const [key, srv, pathname, options] of [
				['overview', server, '/', {}],
				['unit', server, '/province/01/', {}],
				['floor', floor, '/', {}],
				['duckdbFirst', server, '/', { recompute: true }]
			]) {
				const visit = await coldVisit(browser, srv, pathname, options);
				rows[key].push(visit);
				await visit.context.close();
			}
			// A repeat visit with the service worker: a first visit, the worker keeps its files, then again.
			const first = await coldVisit(browser, server, '/', { serviceWorkers: 'allow' });
			await first.page.evaluate(async () => {
				await navigator.serviceWorker.ready;
				const urls = [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)].filter((u) => new URL(u).origin === location.origin && !u.endsWith('/service-worker.js'));
				for (let tries = 0; tries < 100; tries++) {
					if ((await Promise.all(urls.map((u) => caches.match(u)))).every(Boolean)) return;
					await new Promise((r) => setTimeout(r, 100));
				}
			});
			server.reset();
			const again = await first.context.newPage();
			await again.goto(`${server.url}/`, { waitUntil: 'networkidle' });
			rows.repeat.push({ bytes: server.sent.bytes, requests: server.sent.requests, files: server.sent.files.map((f) => `${f.path} ${f.bytes}`) });
			await first.context.close();
		}
	} finally {
		await browser.close();
		await server.close();
		await floor.close();
	}
	const stats = (list, pick, format) => {
		const values = list.map(pick);
		return [format(median(values)), format(Math.min(...values)), format(Math.max(...values))];
	};
	const fcp = median(rows.overview.map((r) => r.paint));
	const fcpFloor = median(rows.floor.map((r) => r.paint));
	const duckdbFirst = median(rows.duckdbFirst.map((r) => r.ready));
	printTable(
		`Cold visits at 390 × 844 (phone emulation), served like nginx (precompressed, Accept-Encoding honoured), ${RUNS} runs, localhost, headless Chromium`,
		['measure', 'median', 'min', 'max', 'goal'],
		[
			['overview: bytes on the wire until idle', ...stats(rows.overview, (r) => r.bytes, kb), '≤ 300 KB'],
			['overview: .wasm bytes', ...stats(rows.overview, (r) => r.wasm, kb), '0'],
			['overview: requests', ...stats(rows.overview, (r) => r.requests, String), ''],
			['unit page /province/01/: bytes on the wire until idle', ...stats(rows.unit, (r) => r.bytes, kb), '≤ 300 KB'],
			['unit page: .wasm bytes', ...stats(rows.unit, (r) => r.wasm, kb), '0'],
			['overview: first contentful paint', ...stats(rows.overview, (r) => r.paint, ms), `≤ 1,2 × floor`],
			['floor (same HTML and CSS, no scripts): first contentful paint', ...stats(rows.floor, (r) => r.paint, ms), ''],
			['DuckDB-first (table only once DuckDB has computed it): table at', ...stats(rows.duckdbFirst, (r) => r.ready, ms), ''],
			['DuckDB-first: bytes on the wire', ...stats(rows.duckdbFirst, (r) => r.bytes, mb), ''],
			['overview: JavaScript before first paint (compressed)', ...stats(rows.overview, (r) => r.jsBeforePaint, kb), '≤ 100 KB'],
			['repeat visit with the service worker: bytes on the wire', ...stats(rows.repeat, (r) => r.bytes, kb), 'what changed'],
			['repeat visit: requests reaching the server', ...stats(rows.repeat, (r) => r.requests, String), '']
		]
	);
	console.log(`overview FCP / floor FCP: ${(fcp / fcpFloor).toFixed(2)} (goal ≤ 1,2); overview FCP / DuckDB-first table: ${(fcp / duckdbFirst).toFixed(3)} (goal ≤ 0,1)`);
	console.log(`repeat visit, files sent: ${rows.repeat[0].files.join(', ') || 'none'}`);
}

await pageLoadBench();

// Benchmarks of other features register themselves as scripts/bench-*.mjs and run after this one.
for (const file of readdirSync('scripts').filter((f) => /^bench-.+\.mjs$/.test(f)).sort()) {
	console.log(`\n$ node scripts/${file}`);
	const result = spawnSync('node', [path.join('scripts', file)], { stdio: 'inherit' });
	if (result.status !== 0) console.log(`(${file} exited with ${result.status})`);
}
