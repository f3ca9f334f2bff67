// Raw dossier logs (run by npm run bench, or alone: node scripts/bench-rawlog.mjs).
// Generates SYNTHETIC logs of 1 and 5 million rows in a temporary folder, aggregates each with
// DuckDB's CSV reader (native DuckDB in one pass, as the CLI reads a log; the page's DuckDB-WASM below,
// when the site is built) and with PapaParse streaming + a JavaScript Map, each method in its own process so
// that its peak memory is its own, checks both give the same counts, and prints a table.
// BENCH_RAWLOG_ROWS=200000,1000000 changes the sizes. A benchmark: nothing passes or fails on a time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rendererMemory } from './renderer-memory.mjs';

const SIZES = (process.env.BENCH_RAWLOG_ROWS ?? '1000000,5000000').split(',').map(Number);
const METHODS = ['duckdb', 'papaparse', 'papaparse-stream'];
// The import page itself (build/import/, its raw-log section, in headless Chromium: DuckDB-WASM in its worker) when the site is built.
const BROWSER = existsSync('build/import/index.html') && process.env.BENCH_RAWLOG_BROWSER !== '0';
const LABEL = {
	duckdb: 'DuckDB native, one pass (the CLI)',
	papaparse: 'PapaParse, 4 MiB chunks + JS Map',
	'papaparse-stream': 'PapaParse Node stream + JS Map',
	browser: 'the page: DuckDB-WASM worker in Chromium'
};

/** Peak resident memory (VmHWM) of the renderer processes under the browser's process: page and worker. */
function rendererPeak(browserPid) {
	return Math.max(0, ...rendererMemory(browserPid, 'VmHWM'));
}

async function inBrowser(file) {
	const { chromium } = await import('playwright-core');
	const { CHROMIUM_ARGS, chromiumPath } = await import('./chromium.mjs');
	const { serveStatic } = await import('./static-server.mjs');
	const executablePath = chromiumPath();
	if (!executablePath) return null;
	const server = await serveStatic('build');
	// A browser server, not launch(): its process id lets us find the renderer processes to measure.
	const browserServer = await chromium.launchServer({ executablePath, args: CHROMIUM_ARGS, headless: true });
	const browser = await chromium.connect(browserServer.wsEndpoint());
	try {
		const browserPid = browserServer.process().pid;
		const page = await browser.newPage();
		await page.goto(`${server.url}/import/`);
		await page.locator('.rawlog input[name=rawlog]').setInputFiles(file);
		let peakRss = 0;
		const sampler = setInterval(() => (peakRss = Math.max(peakRss, rendererPeak(browserPid))), 500);
		const started = performance.now();
		await page.locator('.rawlog button[type=submit]').click();
		await page.locator('.rawlog[data-status=done]').waitFor({ timeout: 30 * 60_000 });
		const seconds = (performance.now() - started) / 1000;
		clearInterval(sampler);
		peakRss = Math.max(peakRss, rendererPeak(browserPid));
		const number = async (id) => Number((await page.getByTestId(id).textContent()).replace(/\./g, ''));
		const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? NaN);
		return { seconds, engineSeconds: NaN, rowsRead: await number('rawlog-rows-read'), imported: await number('rawlog-imported'), rejected: await number('rawlog-rejected'), peakRss, peakHeap: heap, digest: null };
	} finally {
		await browser.close();
		await browserServer.close();
		await server.close();
	}
}

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const count = (n) => n.toLocaleString('en-US');

function printTable(title, header, rows) {
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
	console.log(`\n${title}\n${line(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const r of rows) console.log(line(r));
}

function run(command, args) {
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
	return JSON.parse(result.stdout.trim().split('\n').at(-1));
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-rawlog-'));
const rows = [];
const checks = [];
try {
	for (const size of SIZES) {
		const file = path.join(dir, `log-${size}.csv`);
		const started = performance.now();
		const planted = run('node', ['--import', 'tsx', 'scripts/gen-rawlog.ts', '--rows', String(size), '--seed', '42', '--out', file]);
		const generated = (performance.now() - started) / 1000;
		const bytes = statSync(file).size;
		console.log(`generated ${count(size)} synthetic rows (${mb(bytes)} MB) in ${generated.toFixed(1)} s`);
		const results = {};
		for (const method of METHODS) {
			const r = run('node', ['--import', 'tsx', 'scripts/rawlog-bench-run.ts', '--method', method, '--file', file]);
			results[method] = r;
			rows.push([
				count(size),
				mb(bytes),
				LABEL[method],
				r.seconds.toFixed(1),
				method === 'duckdb' ? 'incl.' : '–',
				count(Math.round(size / (r.seconds - r.engineSeconds))),
				mb(r.peakRss),
				mb(r.peakHeap),
				`${count(r.imported)} + ${count(r.rejected)}`
			]);
		}
		if (BROWSER) {
			const r = await inBrowser(file);
			if (r) {
				results.browser = r;
				rows.push([count(size), mb(bytes), LABEL.browser, r.seconds.toFixed(1), 'incl.', count(Math.round(size / r.seconds)), mb(r.peakRss), `${mb(r.peakHeap)} (page, at end)`, `${count(r.imported)} + ${count(r.rejected)}`]);
			}
		}
		const [a, ...others] = METHODS.map((m) => results[m]);
		const same = others.every((o) => o.digest === a.digest);
		const planted_ = Object.values(planted.planted).reduce((s, n) => s + n, 0);
		const b = results.browser;
		if (b) checks.push(`${count(size)} rows in the page: ${b.rowsRead === a.rowsRead && b.imported === a.imported && b.rejected === a.rejected ? 'same rows read, imported and rejected' : 'COUNTS DIFFER'} as in Node`);
		checks.push(
			`${count(size)} rows: ${same ? 'identical counts from every method' : 'COUNTS DIFFER'} (digests ${METHODS.map((m) => results[m].digest).join(', ')}); ` +
				`rows read ${count(a.rowsRead)} = imported ${count(a.imported)} + rejected ${count(a.rejected)}; planted bad rows ${count(planted_)}; ${a.observations} observations`
		);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}

printTable(
	'Raw dossier log import (synthetic logs; seconds include reading the file; each method in its own process;\n' +
		' rows/s includes the engine start, in Node and in the page; page memory = its renderer processes)',
	['rows', 'file MB', 'method', 'seconds', 'of which engine start', 'rows/s', 'peak RSS MB', 'peak JS heap MB', 'imported + rejected'],
	rows
);
for (const c of checks) console.log(c);
