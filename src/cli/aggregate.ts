import { open } from 'node:fs/promises';
import { mkdtempSync, openSync, readSync, closeSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { detectRawLogColumns } from '../lib/data/rawlog/columns';
import { BENEFITS } from '../lib/data/rawlog/field';
import { officeColumnOf } from '../lib/data/rawlog/office';
import { GRANULARITIES } from '../lib/data/rawlog/period';
import { units34Of } from '../lib/data/rawlog/units';
import { createNativeEngine } from '../lib/db/native';
import { aggregateOnePass, csvSource, HEAD_BYTES, planScan, type ScanPlan } from '../lib/db/rawlog-onepass';
import { RawLogFormatError } from '../lib/db/rawlog-import';
import { rawLogFindings } from '../lib/db/rawlog-node';
import type { ScanSource } from '../lib/db/rawlog-sql';
import { createResolver } from '../lib/geo/resolve';
import { oneOf, readOptions, UsageError } from './args';
import { loadEmbeddedFromDisk } from './files';
export { AGGREGATE_USAGE } from './aggregate-usage';

function readHead(file: string): Uint8Array {
	const fd = openSync(file, 'r');
	try {
		const buffer = new Uint8Array(Math.min(HEAD_BYTES, statSync(file).size));
		const n = readSync(fd, buffer, 0, buffer.length, 0);
		return buffer.subarray(0, n);
	} finally {
		closeSync(fd);
	}
}

async function readRange(file: string, start: number, end: number): Promise<Uint8Array> {
	const handle = await open(file, 'r');
	try {
		const buffer = new Uint8Array(end - start);
		const { bytesRead } = await handle.read(buffer, 0, buffer.length, start);
		return buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

function csvCell(value: string | number): string {
	const text = String(value);
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV plan of every file, which must all read alike (same delimiter, header and lines before it). */
function planCsv(files: readonly string[]): ScanPlan {
	const plans = files.map((f) => planScan(f, readHead(f)));
	const first = plans[0];
	plans.forEach((p, i) => {
		const same =
			p.preamble.delimiter === first.preamble.delimiter &&
			p.preamble.linesBefore === first.preamble.linesBefore &&
			p.preamble.header.join('\u0000') === first.preamble.header.join('\u0000');
		if (!same) throw new UsageError(`${files[i]} does not read like ${files[0]} (header, delimiter or lines before the header differ): aggregate them separately`);
	});
	return first;
}

export async function aggregate(argv: readonly string[]): Promise<number> {
	const options = readOptions(argv, ['input', 'out', 'granularity', 'by', 'memory', 'threads']);
	const input = options.get('input');
	const out = options.get('out');
	if (!input) throw new UsageError('--input GLOB is required');
	if (!out) throw new UsageError('--out FILE is required');
	const granularity = oneOf(options, 'granularity', GRANULARITIES, 'month');
	const by = oneOf(options, 'by', ['province', 'office'] as const, 'province');
	const memory = options.get('memory') ?? '3GB';
	if (!/^\d+(\.\d+)?\s*(MB|GB|MiB|GiB)$/i.test(memory)) throw new UsageError(`--memory is like 3GB or 800MB; got "${memory}"`);
	const threads = Number(options.get('threads') ?? availableParallelism());
	if (!Number.isInteger(threads) || threads < 1) throw new UsageError('--threads is a whole number ≥ 1');

	const spill = mkdtempSync(path.join(tmpdir(), 'aggregate-spill-'));
	const engine = await createNativeEngine({ memoryLimit: memory, tempDirectory: spill, threads });
	try {
		const files = (await engine.db.query<{ file: string }>({ sql: 'SELECT file FROM glob(?) ORDER BY file', params: [input] })).map((r) => r.file);
		if (files.length === 0) throw new UsageError(`no file matches ${input}`);
		const parquet = files.every((f) => f.toLowerCase().endsWith('.parquet'));
		if (!parquet && files.some((f) => f.toLowerCase().endsWith('.parquet'))) throw new UsageError(`${input} mixes Parquet and CSV files`);
		let plan: ScanPlan;
		let source: ScanSource;
		if (parquet) {
			const names = (await engine.db.query<{ column_name: string }>({ sql: 'DESCRIBE SELECT * FROM read_parquet(?)', params: [files[0]] })).map((r) => r.column_name);
			const detected = detectRawLogColumns(names);
			if (!detected.ok) throw new RawLogFormatError(files[0], 'columns', { missing: detected.missing, duplicated: detected.duplicated, header: names });
			plan = { preamble: { dataStart: 0, delimiter: ',', header: names, linesBefore: 0, synthetic: false }, columns: { ...detected.columns, office: officeColumnOf(names) } };
			source = { format: 'parquet', files, names };
		} else {
			plan = planCsv(files);
			source = csvSource(files, plan);
		}
		if (by === 'office' && plan.columns.office === null) {
			throw new UsageError(`${files[0]} has no receiving-office column (e.g. Cơ quan tiếp nhận, Đơn vị tiếp nhận, BHXH huyện, BHXH cơ sở, Mã đơn vị); header: ${plan.preamble.header.join(' | ')}`);
		}
		const { reference } = loadEmbeddedFromDisk();
		const byCode = new Map(reference.provinces.map((p) => [p.code, p.name]));
		const bytesTotal = files.reduce((s, f) => s + statSync(f).size, 0);
		const outcome = await aggregateOnePass(engine, source, plan, {
			fileName: files.length === 1 ? path.basename(files[0]) : input,
			bytesTotal,
			bytes: parquet ? [] : files.map((f) => ({ size: statSync(f).size, read: (start: number, end: number) => readRange(f, start, end) })),
			granularity,
			defaultIndicator: BENEFITS,
			resolver: createResolver(reference.provinces),
			nameOf: (code) => byCode.get(code) ?? code,
			units34: units34Of(reference)
		});
		if (outcome.status !== 'done') throw new Error('aggregation cancelled');
		const { summary, offices } = outcome;
		const lines =
			by === 'province'
				? ['unit_code,period,indicator,electronic,total', ...summary.dataset.observations.map((o) => [o.unitCode, o.period, o.indicator, o.electronic, o.total].map(csvCell).join(','))]
				: ['unit_code,office,period,indicator,electronic,total', ...offices.map((o) => [o.unitCode, o.office, o.period, o.indicator, o.electronic, o.total].map(csvCell).join(','))];
		writeFileSync(out, `${lines.join('\n')}\n`);
		for (const line of rawLogFindings(files.length === 1 ? files[0] : input, summary)) process.stderr.write(`${line}\n`);
		process.stderr.write(
			`${input}: ${files.length} file(s), ${summary.rowsRead} rows read = ${summary.imported} counted + ${summary.rejectedRows} rejected; ${lines.length - 1} rows written to ${out}\n`
		);
		return summary.rejectedRows > 0 ? 1 : 0;
	} finally {
		await engine.db.close();
		rmSync(spill, { recursive: true, force: true });
	}
}
