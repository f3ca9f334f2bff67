// The import page against PapaParse + a JavaScript Map on the same SYNTHETIC logs, in ONE headless
// Chromium (node scripts/bench-rawlog-page.mjs, or from npm run bench). For each size: the page on a
// cold engine clicked at once (first import in a fresh page: DuckDB starts when the file is chosen and
// the click waits for it), the first import in another fresh page after the warm-up (a person reading
// the columns while the engines start), the page again on warm engines, the same with one engine, and
// PapaParse streaming the same File into a Map in a page of its own (what a hand-written dashboard does).
// Beside them, the engine's floor (scripts/rawlog-floor): the page's own scan query run by two bare
// DuckDB-WASM workers over the same File, with nothing of the page around it (no fold of the spellings,
// no summary, no UI), and the time Chromium takes to read the File alone, as DuckDB's workers read it.
// Times are the page's own (performance marks), for the page and for PapaParse alike. Memory is the
// resident size (VmRSS, sampled every 100 ms) of the page's own renderer process, which holds the page
// and its DuckDB workers: Chromium's other renderers (a spare one, the about:blank a tab started in, a
// closed tab's) are not the page's. PapaParse runs in a page of its own, with no DuckDB in it.
// BENCH_PAGE_ROWS=1000000,2000000,5000000 sets the sizes, BENCH_PAGE_OFFICE_ROWS=2000000 those of logs with an
// office column (12 offices per province), BENCH_PAGE_REPEAT=3 the runs of the warm imports
// and of PapaParse (median and range). A benchmark: nothing passes or fails on a time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';
import { rendererMemoryByPid, renderersWithWorkers } from './renderer-memory.mjs';
import { buildFloorSite } from './rawlog-floor/build.mjs';

// Logs as the bench has always generated them (no office column), then the same sizes with a receiving-
// office column, 12 offices per province (BENCH_PAGE_OFFICE_ROWS; empty: none), as real logs carry it.
const SIZES = (process.env.BENCH_PAGE_ROWS ?? '1000000,2000000,5000000').split(',').filter(Boolean).map(Number);
const OFFICE_SIZES = (process.env.BENCH_PAGE_OFFICE_ROWS ?? '2000000').split(',').filter(Boolean).map(Number);
const CASES = [...SIZES.map((rows) => ({ rows, offices: 0 })), ...OFFICE_SIZES.map((rows) => ({ rows, offices: 12 }))];
// The warm imports and PapaParse run this many times each: the table gives the median run and the range
// (one run swings by a third on this machine, a median of three much less).
const REPEAT = Math.max(1, Number(process.env.BENCH_PAGE_REPEAT ?? 3));

/** The resident size of each renderer process now, and the largest while `work` runs: Map pid → bytes. */
async function measured(browserPid, work) {
	const peaks = rendererMemoryByPid(browserPid, 'VmRSS');
	const sample = () => {
		for (const [pid, bytes] of rendererMemoryByPid(browserPid, 'VmRSS')) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, bytes));
	};
	const sampler = setInterval(sample, 100);
	const started = performance.now();
	try {
		const result = await work();
		sample();
		return { seconds: (performance.now() - started) / 1000, peaks, result };
	} finally {
		clearInterval(sampler);
	}
}

/** `times` runs of one measurement: the median run, the range of times, the highest memory peak of all runs. */
async function repeated(times, run) {
	const runs = [];
	for (let i = 0; i < times; i++) runs.push(await run());
	if (new Set(runs.map((r) => r.result.rows)).size !== 1) throw new Error(`runs read different row counts: ${runs.map((r) => r.result.rows).join(', ')}`);
	const sorted = [...runs].sort((a, b) => a.result.seconds - b.result.seconds);
	const peaks = new Map();
	for (const r of runs) for (const [pid, bytes] of r.peaks) peaks.set(pid, Math.max(peaks.get(pid) ?? 0, bytes));
	return { ...sorted[Math.floor((sorted.length - 1) / 2)], peaks, range: [sorted[0].result.seconds, sorted[sorted.length - 1].result.seconds] };
}

/** The one renderer process that runs dedicated workers: the page's (a closed page's renderer may take a moment to end). */
async function pageRenderer(browserPid) {
	for (let tries = 0; ; tries++) {
		const pids = renderersWithWorkers(browserPid);
		if (pids.length === 1) return pids[0];
		if (tries === 50) throw new Error(`expected one renderer running workers, found ${pids.length}`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/**
 * One import on the page, with one engine or two (a log of 32 MiB or more is cut in two on a machine with
 * two cores). Its time is the page's own, from the click handler to the figures on screen
 * (performance marks rawlog:clicked → rawlog:shown), as PapaParse's is taken inside the page: what
 * Playwright adds around a click and a wait is not the import's.
 */
async function pageImport(page, engines = 2) {
	await page.evaluate((n) => {
		globalThis.rawlogEngines = n;
		performance.clearMarks('rawlog:clicked');
		performance.clearMarks('rawlog:shown');
	}, engines);
	await page.locator('.rawlog button[type=submit]').click();
	await page.locator('.rawlog[data-status=done], .rawlog[data-status=error]').waitFor({ timeout: 30 * 60_000 });
	if ((await page.locator('.rawlog').getAttribute('data-status')) === 'error') throw new Error(await page.locator('.rawlog .error').textContent());
	await page.waitForFunction(() => performance.getEntriesByName('rawlog:shown').length > 0);
	const seconds = await page.evaluate(() => (performance.getEntriesByName('rawlog:shown')[0].startTime - performance.getEntriesByName('rawlog:clicked')[0].startTime) / 1000);
	return { rows: Number((await page.getByTestId('rawlog-rows-read').textContent()).replace(/\./g, '')), seconds };
}

// PapaParse over the chosen File, 4 MiB chunks, counting month × province × field × channel (× office,
// when the log has one) in a Map.
async function papaImport(page, offices) {
	return page.evaluate(
		(withOffice) =>
			new Promise((resolve, reject) => {
				const started = performance.now();
				const file = document.querySelector('#papa-file').files[0];
				const counts = new Map();
				let rows = 0;
				let header = null;
				window.Papa.parse(file, {
					chunkSize: 4 * 1024 * 1024,
					skipEmptyLines: true,
					comments: '#',
					chunk: (results) => {
						for (const r of results.data) {
							if (!header) {
								header = r;
								continue;
							}
							rows++;
							const key = `${String(r[1]).slice(0, 7)}|${r[2]}|${r[3]}|${r[4]}${withOffice ? `|${r[5]}` : ''}`;
							counts.set(key, (counts.get(key) ?? 0) + 1);
						}
					},
					complete: () => resolve({ rows, seconds: (performance.now() - started) / 1000 }),
					error: reject
				});
			}),
		offices > 0
	);
}

/**
 * The engine's floor for one log, in a page of its own: two bare engines started and warmed by one scan,
 * then `REPEAT` timed scans (two engines, the log cut in two as the page cuts it), and the File read alone.
 */
async function floorRuns(browser, url, file, pid) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url);
		await page.locator('body[data-ready=true]').waitFor();
		await page.locator('#log').setInputFiles(file);
		await page.evaluate(() => globalThis.floorEngines(2));
		await page.evaluate(() => globalThis.floorScan(2));
		const floorPid = await pageRenderer(pid);
		const atRest = rendererMemoryByPid(pid, 'VmRSS').get(floorPid);
		const scan = await repeated(REPEAT, () => measured(pid, () => page.evaluate(() => globalThis.floorScan(2).then((r) => ({ rows: r.rows, seconds: r.ms / 1000 })))));
		const read = await page.evaluate(() => globalThis.floorRead());
		return { scan, read: read.ms / 1000, atRest, peak: scan.peaks.get(floorPid) };
	} finally {
		await context.close();
	}
}

const dir = mkdtempSync(path.join(tmpdir(), 'bench-page-'));
const server = await serveStatic('build');
const floorDir = await buildFloorSite();
const floorServer = await serveStatic(floorDir);
const browserServer = await chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const browser = await chromium.connect(browserServer.wsEndpoint());
const pid = browserServer.process().pid;
const table = [];
try {
	for (const { rows: size, offices } of CASES) {
		const file = path.join(dir, `log-${size}-${offices}.csv`);
		const label = `${size} rows${offices ? ' + offices' : ''}`;
		const gen = spawnSync('node', ['--import', 'tsx', 'scripts/gen-rawlog.ts', '--rows', String(size), '--seed', '42', '--offices', String(offices), '--out', file], { encoding: 'utf8' });
		if (gen.status !== 0) throw new Error(gen.stderr);
		const bytes = statSync(file).size;
		// bypassCSP: the site's CSP (rightly) refuses the baseline's injected PapaParse script and worker.
		const context = await browser.newContext({ bypassCSP: true });
		const page = await context.newPage();
		await page.goto(`${server.url}/import/`);
		await page.getByTestId('source').and(page.locator('[data-ready=true]')).waitFor();
		const loaded = rendererMemoryByPid(pid, 'VmRSS');
		// Cold, clicked at once: the engine starts and warms while the click waits.
		const cold = await measured(pid, async () => {
			await page.locator('.rawlog input[name=rawlog]').setInputFiles(file);
			return pageImport(page);
		});
		const pagePid = await pageRenderer(pid);
		console.log(`${label}: page, cold engine clicked at once ${cold.result.seconds.toFixed(1)} s, renderer ${(cold.peaks.get(pagePid) / 2 ** 20).toFixed(0)} MB`);
		// As a person does it, in a fresh page: choose the file, read the columns while the engines start
		// and warm (rawlog:warm-done), then click.
		const person = await browser.newContext({ bypassCSP: true }).then((c) => c.newPage());
		await person.goto(`${server.url}/import/`);
		await person.getByTestId('source').and(person.locator('[data-ready=true]')).waitFor();
		await person.locator('.rawlog input[name=rawlog]').setInputFiles(file);
		await person.waitForFunction(() => performance.getEntriesByName('rawlog:warm-done').length > 0, null, { timeout: 30 * 60_000 });
		const first = await measured(pid, () => pageImport(person));
		console.log(`${label}: page, first import after the warm-up ${first.result.seconds.toFixed(1)} s`);
		await person.context().close();
		const atRest = rendererMemoryByPid(pid, 'VmRSS').get(pagePid);
		const warm = await repeated(REPEAT, () => measured(pid, () => pageImport(page)));
		console.log(`${label}: page, warm engines ${warm.result.seconds.toFixed(1)} s, renderer ${(warm.peaks.get(pagePid) / 2 ** 20).toFixed(0)} MB`);
		const one = await repeated(REPEAT, () => measured(pid, () => pageImport(page, 1)));
		console.log(`${label}: page, warm, one engine ${one.result.seconds.toFixed(1)} s`);
		await context.close();
		// PapaParse in a page of its own (the same site page, no engine started), its file chosen in an input
		// of its own; a tiny worker marks its renderer process.
		const papaContext = await browser.newContext({ bypassCSP: true });
		const papaPage = await papaContext.newPage();
		await papaPage.goto(`${server.url}/import/`);
		await papaPage.getByTestId('source').and(papaPage.locator('[data-ready=true]')).waitFor();
		await papaPage.addScriptTag({ path: 'node_modules/papaparse/papaparse.min.js' });
		await papaPage.evaluate(() => {
			const input = Object.assign(document.createElement('input'), { type: 'file', id: 'papa-file' });
			document.body.append(input);
			globalThis.benchMarker = new Worker(URL.createObjectURL(new Blob(['setInterval(() => {}, 60000)'], { type: 'text/javascript' })));
		});
		await papaPage.locator('#papa-file').setInputFiles(file);
		const papaPid = await pageRenderer(pid);
		const papaLoaded = rendererMemoryByPid(pid, 'VmRSS').get(papaPid);
		const papa = await repeated(REPEAT, () => measured(pid, () => papaImport(papaPage, offices)));
		await papaContext.close();
		const floor = await floorRuns(browser, `${floorServer.url}/`, file, pid);
		console.log(`${label}: engine floor (2 bare engines, scan only) ${floor.scan.result.seconds.toFixed(1)} s, File read alone ${floor.read.toFixed(1)} s`);
		rmSync(file);
		const mb = (b) => (b / 1024 / 1024).toFixed(0);
		const s = (m) => m.result.seconds;
		const withRange = (m) => (m.range && m.range[0] !== m.range[1] ? `${s(m).toFixed(1)} (${m.range[0].toFixed(1)}–${m.range[1].toFixed(1)})` : s(m).toFixed(1));
		const ratio = (m) => (s(papa) / s(m)).toFixed(2);
		table.push([`${size.toLocaleString('en-US')}${offices ? ` + office column (${offices} per province)` : ''}`, mb(bytes), s(cold).toFixed(1), s(first).toFixed(1), withRange(warm), withRange(one), withRange(papa), ratio(cold), ratio(first), ratio(warm), ratio(one), withRange(floor.scan), ratio(floor.scan), floor.read.toFixed(1), mb(loaded.get(pagePid)), mb(cold.peaks.get(pagePid)), mb(atRest), mb(warm.peaks.get(pagePid)), mb(papaLoaded), mb(papa.peaks.get(papaPid)), `${mb(floor.atRest)} / ${mb(floor.peak)}`, [cold, first, warm, one, papa, floor.scan].map((m) => m.result.rows).join('/')]);
		console.log(JSON.stringify({ size, offices, bytes, seconds: [cold, first, warm, one, papa].map(s), floor: { scan: s(floor.scan), range: floor.scan.range, read: floor.read }, ranges: { warm: warm.range, one: one.range, papa: papa.range }, memory: { loaded: loaded.get(pagePid), cold: cold.peaks.get(pagePid), atRest, warm: warm.peaks.get(pagePid), papaLoaded, papa: papa.peaks.get(papaPid), floorAtRest: floor.atRest, floorPeak: floor.peak } }));
	}
} finally {
	await browser.close();
	await browserServer.close();
	await server.close();
	await floorServer.close();
	rmSync(dir, { recursive: true, force: true });
	rmSync(floorDir, { recursive: true, force: true });
}
const header = ['rows', 'file MB', 'page cold, clicked at once s', 'page first, after warm-up s', `page warm s (median of ${REPEAT}, range)`, 'page warm, one engine s', 'PapaParse+Map s', 'ratio cold', 'ratio first', 'ratio warm', 'ratio one engine', 'engine floor s (2 bare engines, scan only)', 'ratio floor', 'File read alone s', 'page renderer MB: loaded', 'peak cold', 'at rest, engines warm', 'peak warm', 'Papa page: loaded', 'peak Papa', 'floor page MB: at rest / peak', 'rows read (all six)'];
console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
for (const r of table) console.log(`| ${r.join(' | ')} |`);
