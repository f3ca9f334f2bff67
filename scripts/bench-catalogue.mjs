// npm run bench (after bench.mjs): the monthly cycle at scale. A SYNTHETIC catalogue (scripts/gen-catalogue.ts:
// 5 indicators × 84 months × the 63 provinces, then the 34 units) is merged into a copy of data/ in a
// temporary copy of the project (never into data/), which is built; then:
// - `vite build` time and the built site's size without the DuckDB engine files (goal < 60 MB);
// - the latest period's first contentful paint, against the same catalogue built from `main` (BENCH_MAIN=0 skips it);
// - the time from choosing another period on the overview to its table, with the engine cold (the first
//   switch starts DuckDB and reads the history file) and warm (goal < 1 s once DuckDB is ready).
// A benchmark, not a test: nothing here passes or fails on a time.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, INSTALL_HINT } from './chromium.mjs';
import { serveStatic } from './static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROOT = process.cwd();
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
const mb = (bytes) => `${(bytes / 1e6).toFixed(1).replace('.', ',')} MB`;
const ms = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');

/** Every file under dir, with its size. */
function files(root, dir = root, out = []) {
	for (const name of readdirSync(dir)) {
		const full = path.join(dir, name);
		const stat = statSync(full);
		if (stat.isDirectory()) files(root, full, out);
		else out.push({ path: path.relative(root, full), bytes: stat.size });
	}
	return out;
}

/** A copy of the project at `source` (a directory, or a git ref archived) with the synthetic catalogue merged into its data/. */
function projectCopy(label, synthetic, ref = null) {
	const dir = mkdtempSync(path.join(tmpdir(), `bench-catalogue-${label}-`));
	if (ref) execFileSync('sh', ['-c', `git archive ${ref} | tar -x -C ${dir}`]);
	else {
		for (const name of readdirSync(ROOT)) {
			if (['node_modules', 'build', '.svelte-kit', 'test-results', '.git'].includes(name)) continue;
			cpSync(path.join(ROOT, name), path.join(dir, name), { recursive: true });
		}
	}
	symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
	const data = path.join(dir, 'data');
	// The synthetic datasets first (the default dataset then has 84 periods), the shipped ones after.
	const merge = (file) => {
		const [header, ...shipped] = readFileSync(path.join(data, file), 'utf8').trimEnd().split('\n');
		const [, ...generated] = readFileSync(path.join(synthetic, file), 'utf8').trimEnd().split('\n');
		writeFileSync(path.join(data, file), `${[header, ...generated, ...shipped].join('\n')}\n`);
	};
	merge('catalogue/datasets.csv');
	merge('catalogue/releases.csv');
	cpSync(path.join(synthetic, 'indicators.csv'), path.join(data, 'indicators.csv'));
	for (const id of readdirSync(path.join(synthetic, 'catalogue'))) {
		const from = path.join(synthetic, 'catalogue', id);
		if (statSync(from).isDirectory()) cpSync(from, path.join(data, 'catalogue', id), { recursive: true });
	}
	return dir;
}

function build(dir) {
	rmSync(path.join(dir, 'build'), { recursive: true, force: true });
	const started = performance.now();
	const run = spawnSync('nice', ['-n', '5', 'npx', 'vite', 'build'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 });
	const seconds = (performance.now() - started) / 1000;
	if (run.status !== 0) throw new Error(`build in ${dir} failed:\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
	const all = files(path.join(dir, 'build')).filter((f) => !/\.(br|gz)$/.test(f.path));
	const engine = all.filter((f) => /duckdb/i.test(path.basename(f.path)));
	const sum = (list) => list.reduce((s, f) => s + f.bytes, 0);
	const units = all.filter((f) => /^(province|unit34)\/[^/]+\/index\.html$/.test(f.path));
	return {
		seconds,
		total: sum(all),
		withoutEngine: sum(all) - sum(engine),
		history: sum(all.filter((f) => f.path.startsWith('history/'))),
		historyFiles: all.filter((f) => f.path.startsWith('history/')).length,
		unitPages: sum(units),
		largestUnitPage: Math.max(0, ...units.map((f) => f.bytes)),
		overview: all.find((f) => f.path === 'index.html')?.bytes ?? 0
	};
}

async function paint(browser, server, pathname) {
	const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 3, serviceWorkers: 'block' });
	const page = await context.newPage();
	await page.goto(`${server.url}${pathname}`, { waitUntil: 'networkidle' });
	const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
	return { context, page, fcp };
}

/**
 * Chooses `value` in the overview's select `name` and waits until the page shows `selection`
 * (dataset|period|indicator, the heading's data-selection) with the engine idle: milliseconds, measured in the page.
 */
async function switchTo(page, name, value, selection) {
	return page.evaluate(
		async ({ name, value, selection }) => {
			const select = document.querySelector(`select[name="${name}"]`);
			if (!select) return NaN;
			const started = performance.now();
			select.value = value;
			select.dispatchEvent(new Event('change', { bubbles: true }));
			for (;;) {
				const shown = document.querySelector('[data-selection]')?.getAttribute('data-selection');
				const engine = document.querySelector('.engine')?.getAttribute('data-engine');
				if (shown === selection && engine !== 'loading') return performance.now() - started;
				await new Promise((r) => requestAnimationFrame(r));
			}
		},
		{ name, value, selection }
	);
}

async function main() {
	const executablePath = chromiumPath();
	if (!executablePath) throw new Error(INSTALL_HINT);
	const synthetic = mkdtempSync(path.join(tmpdir(), 'bench-catalogue-synthetic-'));
	execFileSync('npx', ['tsx', 'scripts/gen-catalogue.ts', synthetic], { stdio: 'inherit' });
	const here = projectCopy('branch', synthetic);
	const sites = [{ label: 'this branch', dir: here, built: build(here) }];
	if (process.env.BENCH_MAIN !== '0') {
		const main = projectCopy('main', synthetic, 'main');
		try {
			sites.push({ label: 'main', dir: main, built: build(main) });
		} catch (error) {
			console.log(`(main did not build with the synthetic catalogue: ${String(error).split('\n')[0]})`);
		}
	}
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
	const paints = new Map();
	const switches = { cold: [], warm: [], indicator: [] };
	try {
		for (const site of sites) {
			const server = await serveStatic(path.join(site.dir, 'build'));
			const list = [];
			for (let i = 0; i < RUNS; i++) {
				const visit = await paint(browser, server, '/');
				list.push(visit.fcp);
				if (site.dir === here) {
					// The latest period of the default dataset (synthetic-63: 2025-06), then two months back, cold then warm.
					const d = 'synthetic-63';
					const first = 'benefits_e_dossiers';
					switches.cold.push(await switchTo(visit.page, 'period', '2025-04', `${d}|2025-04|${first}`));
					switches.warm.push(await switchTo(visit.page, 'period', '2024-11', `${d}|2024-11|${first}`));
					const other = await visit.page.evaluate(() => [...document.querySelectorAll('select[name="indicator"] option')].map((o) => o.value));
					const next = other.find((v) => v !== first);
					if (next) switches.indicator.push(await switchTo(visit.page, 'indicator', next, `${d}|2024-11|${next}`));
				}
				await visit.context.close();
			}
			paints.set(site.label, list);
			await server.close();
		}
	} finally {
		await browser.close();
	}
	const rows = [];
	for (const site of sites) {
		const b = site.built;
		rows.push([`${site.label}: npm run build (vite build, nice 5)`, `${b.seconds.toFixed(0)} s`, '']);
		rows.push([`${site.label}: built site without the DuckDB engine files`, mb(b.withoutEngine), '< 60 MB']);
		rows.push([`${site.label}: unit pages (97 HTML files) / largest`, `${mb(b.unitPages)} / ${(b.largestUnitPage / 1e3).toFixed(0)} KB`, '']);
		rows.push([`${site.label}: history files`, `${b.historyFiles} files, ${mb(b.history)}`, '']);
		rows.push([`${site.label}: overview HTML`, `${(b.overview / 1e3).toFixed(0)} KB`, '']);
		rows.push([`${site.label}: latest period first contentful paint (median of ${RUNS})`, ms(median(paints.get(site.label) ?? [NaN])), 'unchanged']);
	}
	rows.push([`period switch, engine cold (DuckDB start + history file), median of ${switches.cold.length}`, ms(median(switches.cold)), '']);
	rows.push([`period switch, engine warm, median of ${switches.warm.length}`, ms(median(switches.warm)), '< 1 s']);
	rows.push([`indicator switch, engine warm (another history file), median of ${switches.indicator.length}`, ms(median(switches.indicator)), '']);
	const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), 6));
	console.log(`\nThe monthly cycle at scale: SYNTHETIC catalogue, 5 indicators × 84 months × 63/34 units, ${RUNS} runs, 390 × 844, localhost`);
	console.log(`| ${['measure', 'value', 'goal'].map((h, i) => h.padEnd(widths[i])).join(' | ')} |`);
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const r of rows) console.log(`| ${r.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`);
	if (process.env.BENCH_KEEP !== '1') for (const dir of [synthetic, ...sites.map((s) => s.dir)]) rmSync(dir, { recursive: true, force: true });
}

await main();
