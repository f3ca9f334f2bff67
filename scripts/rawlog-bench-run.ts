// One measured run of the raw-log benchmark, in its own process so that its peak memory is its own.
// node --import tsx scripts/rawlog-bench-run.ts --method duckdb|papaparse|papaparse-stream --file LOG
// Prints one JSON line: timings, peak memory, and a digest of the counts for the parent to compare.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import Papa from 'papaparse';
import { loadEmbeddedFromDisk } from '../src/cli/files';
import { detectRawLogColumns, readPreamble } from '../src/lib/data/rawlog/columns';
import { BENEFITS } from '../src/lib/data/rawlog/field';
import { createJsAggregator } from '../tests/oracles/rawlog/js-aggregate';
import { summariseRawLog, type RawLogSummary } from '../src/lib/data/rawlog/summarise';
import { aggregateRawLogFile, readHead, readRange } from '../src/lib/db/rawlog-node';
import { createResolver } from '../src/lib/geo/resolve';

const arg = (name: string) => process.argv[process.argv.indexOf(`--${name}`) + 1];
const method = arg('method');
const file = arg('file');
const { reference } = loadEmbeddedFromDisk();
const info = { id: 'bench', titleVi: '', titleEn: '', source: '', nature: 'illustrative', unitSet: 63 } as const;

let peakHeap = 0;
const sample = () => {
	peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const sampler = setInterval(sample, 25);

function vmHwm(): number {
	const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
	return m ? Number(m[1]) * 1024 : NaN;
}

async function withPapaParse(): Promise<RawLogSummary> {
	const handle = await open(file, 'r');
	const head = new Uint8Array(64 * 1024);
	const { bytesRead } = await handle.read(head, 0, head.length, 0);
	await handle.close();
	const preamble = readPreamble(head.subarray(0, bytesRead));
	if (!preamble.ok) throw new Error(preamble.reason);
	const detected = detectRawLogColumns(preamble.header);
	if (!detected.ok) throw new Error('columns');
	const agg = createJsAggregator(detected.columns, preamble.header.length, preamble.linesBefore + 1);
	const stream = createReadStream(file, { start: preamble.dataStart, encoding: 'utf8', highWaterMark: 1024 * 1024 });
	await new Promise<void>((resolve, reject) => {
		Papa.parse<string[]>(stream as unknown as File, {
			delimiter: preamble.delimiter,
			skipEmptyLines: true,
			chunk: (results) => {
				for (const row of results.data) agg.add(row);
				sample();
			},
			complete: () => resolve(),
			error: (error: Error) => reject(error)
		});
	});
	return summariseRawLog(agg.groups(), agg.malformed(), { info, granularity: 'month', defaultIndicator: BENEFITS, resolver: createResolver(reference.provinces) });
}

/** The bytes of `file` from `start` in pieces of about `size` bytes that end at a line end (the last at the end of the file). */
async function* lineChunks(file: string, start: number, size: number): AsyncGenerator<Uint8Array> {
	for (let pos = start; ; ) {
		const bytes = await readRange(file, pos, pos + size);
		if (bytes.length < size) {
			if (bytes.length) yield bytes;
			return;
		}
		const end = bytes.lastIndexOf(0x0a) + 1 || bytes.length;
		yield bytes.subarray(0, end);
		pos += end;
	}
}

/** PapaParse on 4 MiB line-end chunks (as Papa.parse(File, { chunk }) does in a page). */
async function withPapaParseChunks(): Promise<RawLogSummary> {
	const preamble = readPreamble(await readHead(file));
	if (!preamble.ok) throw new Error(preamble.reason);
	const detected = detectRawLogColumns(preamble.header);
	if (!detected.ok) throw new Error('columns');
	const agg = createJsAggregator(detected.columns, preamble.header.length, preamble.linesBefore + 1);
	const decoder = new TextDecoder();
	for await (const chunk of lineChunks(file, preamble.dataStart, 4 * 1024 * 1024)) {
		for (const row of Papa.parse<string[]>(decoder.decode(chunk), { delimiter: preamble.delimiter, skipEmptyLines: true }).data) agg.add(row);
		sample();
	}
	return summariseRawLog(agg.groups(), agg.malformed(), { info, granularity: 'month', defaultIndicator: BENEFITS, resolver: createResolver(reference.provinces) });
}

const started = performance.now();
const engineSeconds = 0; // the engine start is part of `seconds` (aggregateRawLogFile opens its own)
let summary: RawLogSummary;
if (method === 'duckdb') {
	// The one-pass reader on native DuckDB, as `rank --input LOG` and `cli aggregate` read a log (engine start included).
	({ summary } = await aggregateRawLogFile(file, reference, { info, onprogress: sample }));
} else if (method === 'papaparse-stream') {
	summary = await withPapaParse();
} else if (method === 'papaparse') {
	summary = await withPapaParseChunks();
} else throw new Error(`unknown --method ${method}`);
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
sample();

const counts = {
	rowsRead: summary.rowsRead,
	imported: summary.imported,
	rejections: Object.fromEntries(summary.rejections.map((r) => [r.reason, r.rows]).sort()),
	observations: summary.dataset.observations
};
console.log(
	JSON.stringify({
		method,
		seconds,
		engineSeconds,
		rowsRead: summary.rowsRead,
		imported: summary.imported,
		rejected: summary.rejectedRows,
		observations: summary.dataset.observations.length,
		digest: createHash('sha256').update(JSON.stringify(counts)).digest('hex').slice(0, 16),
		peakRss: vmHwm(),
		peakHeap
	})
);
