// Raw dossier logs (run by npm run bench, or alone: node scripts/bench-rawlog.mjs).
// Generates SYNTHETIC logs of 1 and 5 million rows in a temporary folder, aggregates each with
// DuckDB's CSV reader (DuckDB-WASM, the blocking Node build of the browser's engine, chunk by chunk as
// the page does) and with PapaParse streaming + a JavaScript Map, each method in its own process so
// that its peak memory is its own, checks both give the same counts, and prints a table.
// BENCH_RAWLOG_ROWS=200000,1000000 changes the sizes. A benchmark: nothing passes or fails on a time.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SIZES = (process.env.BENCH_RAWLOG_ROWS ?? '1000000,5000000').split(',').map(Number);
const METHODS = ['duckdb', 'papaparse', 'papaparse-stream'];
const LABEL = {
	duckdb: 'DuckDB read_csv (WASM, 4 MiB chunks)',
	papaparse: 'PapaParse, same 4 MiB chunks + JS Map',
	'papaparse-stream': 'PapaParse Node stream + JS Map'
};

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
				method === 'duckdb' ? r.engineSeconds.toFixed(1) : '–',
				count(Math.round(size / (r.seconds - r.engineSeconds))),
				mb(r.peakRss),
				mb(r.peakHeap),
				`${count(r.imported)} + ${count(r.rejected)}`
			]);
		}
		const [a, ...others] = METHODS.map((m) => results[m]);
		const same = others.every((o) => o.digest === a.digest);
		const planted_ = Object.values(planted.planted).reduce((s, n) => s + n, 0);
		checks.push(
			`${count(size)} rows: ${same ? 'identical counts from every method' : 'COUNTS DIFFER'} (digests ${METHODS.map((m) => results[m].digest).join(', ')}); ` +
				`rows read ${count(a.rowsRead)} = imported ${count(a.imported)} + rejected ${count(a.rejected)}; planted bad rows ${count(planted_)}; ${a.observations} observations`
		);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}

printTable(
	'Raw dossier log import (synthetic logs; time includes reading the file; each method in its own process)',
	['rows', 'file MB', 'method', 'seconds', 'of which engine start', 'rows/s (after start)', 'peak RSS MB', 'peak JS heap MB', 'imported + rejected'],
	rows
);
for (const c of checks) console.log(c);
