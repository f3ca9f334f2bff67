// `cli aggregate` at national volume (node scripts/bench-aggregate.mjs, or from npm run bench).
// Writes SYNTHETIC logs with native DuckDB (header naming date with time of day, province, field,
// channel and receiving office; names of the 63 provinces; one bad date in 10 000), then times
// `npm run --silent cli -- aggregate` on them under /usr/bin/time for the peak resident memory.
// BENCH_AGG_ROWS=10000000,100000000 sets the sizes (the 100M file is about 7 GB: needs the disk).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

const SIZES = (process.env.BENCH_AGG_ROWS ?? '10000000,100000000').split(',').map(Number);
const dir = mkdtempSync(path.join(process.env.BENCH_DIR ?? tmpdir(), 'bench-agg-'));
const names = readFileSync('data/provinces-63.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((l) => l.split(',')[2].replace(/"/g, ''));

async function generate(rows, file) {
	const db = await DuckDBInstance.create(':memory:', { threads: '2' });
	const c = await db.connect();
	const list = `[${names.map((n) => `'${n.replace(/'/g, "''")}'`).join(', ')}]`;
	await c.run(`COPY (
		SELECT
			CASE WHEN i % 10000 = 7 THEN '31/02/2024' ELSE strftime(TIMESTAMP '2024-01-01' + to_seconds((i * 7919) % 31536000), '%Y-%m-%d %H:%M:%S') END AS ngay_tiep_nhan,
			${list}[1 + (i * 31) % 63] AS tinh,
			CASE WHEN i % 3 = 0 THEN 'Tham gia' ELSE 'Thực hiện chính sách' END AS linh_vuc,
			CASE WHEN (i * 13) % 10 < 7 THEN 'Điện tử' ELSE 'Giấy' END AS kenh_tiep_nhan,
			'BHXH cơ sở ' || ((i * 17) % 11) AS co_quan_tiep_nhan
		FROM range(${rows}) t(i)
	) TO '${file}' (HEADER, DELIMITER ',')`);
	c.closeSync();
	db.closeSync();
}

const rowsOut = [];
try {
	for (const rows of SIZES) {
		const file = path.join(dir, `log-${rows}.csv`);
		let t = performance.now();
		await generate(rows, file);
		const genSeconds = (performance.now() - t) / 1000;
		const bytes = statSync(file).size;
		console.log(`generated ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e9).toFixed(2)} GB in ${genSeconds.toFixed(0)} s`);
		const out = path.join(dir, `out-${rows}.csv`);
		t = performance.now();
		const run = spawnSync('/usr/bin/time', ['-v', 'node', '--import', 'tsx', 'src/cli/main.ts', 'aggregate', '--input', file, '--out', out, '--memory', '3GB'], { encoding: 'utf8' });
		const seconds = (performance.now() - t) / 1000;
		const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN) * 1024;
		const summary = run.stderr.split('\n').find((l) => l.includes('rows read')) ?? run.stderr.slice(0, 500);
		console.log(summary);
		rowsOut.push([rows.toLocaleString('en-US'), (bytes / 1e9).toFixed(2), seconds.toFixed(1), (bytes / 1e6 / seconds).toFixed(0), (rss / 1024 / 1024).toFixed(0)]);
		rmSync(file);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
console.log('\n| rows | CSV GB | cli aggregate s (incl. Node + engine start) | MB/s | peak RSS MB |\n|---|---|---|---|---|');
for (const r of rowsOut) console.log(`| ${r.join(' | ')} |`);
