// The engine's floor for the raw-log bench (scripts/bench-rawlog-page.mjs), never shipped: the page's
// own scan query (planScan, csvSource, onePassGroupsQuery, inlineVetted) run by bare DuckDB-WASM
// workers over the chosen File registered as the page registers it (file handle, direct I/O), with
// none of the page around it: no canonical fold, no summary, no UI. What the import page cannot beat
// however its own code is written. Also the cost of reading the File alone, as DuckDB's workers read
// it (FileReaderSync in a worker, one slice at a time).
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { cutAfterLineFeed } from '../../src/lib/data/rawlog/split';
import { csvSource, HEAD_BYTES, pageBufferBytes, planScan } from '../../src/lib/db/rawlog-onepass';
import { DROP_GROUPS, DROP_REJECTS, GROUPS_TABLE, REJECTS } from '../../src/lib/db/rawlog-queries';
import { inlineVetted, onePassGroupsQuery } from '../../src/lib/db/rawlog-sql';

type Engine = { db: duckdb.AsyncDuckDB; conn: duckdb.AsyncDuckDBConnection };
const engines: Engine[] = [];
let counter = 0;

async function engine(i: number): Promise<Engine> {
	while (engines.length <= i) {
		const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(ehWorker));
		await db.instantiate(ehWasm);
		engines.push({ db, conn: await db.connect() });
	}
	return engines[i];
}

function chosen(): File {
	const file = (document.getElementById('log') as HTMLInputElement).files?.[0];
	if (!file) throw new Error('no file chosen');
	return file;
}

/** The scan of the chosen log by `parts` engines at once (1: whole; 2: cut after a line feed near the middle): ms and rows. */
async function scan(parts: 1 | 2): Promise<{ ms: number; rows: number }> {
	const file = chosen();
	const plan = planScan(file.name, new Uint8Array(await file.slice(0, Math.min(file.size, HEAD_BYTES)).arrayBuffer()));
	const read = async (start: number, end: number) => new Uint8Array(await file.slice(start, end).arrayBuffer());
	const cut = parts === 2 ? await cutAfterLineFeed(read, file.size, Math.floor(file.size / 2)) : null;
	const bounds = cut === null ? [[0, file.size]] : [[0, cut], [cut, file.size]];
	const started = performance.now();
	const rows = await Promise.all(
		bounds.map(async ([start, end], i) => {
			const { db, conn } = await engine(i);
			const name = `floor-${++counter}.csv`;
			await db.registerFileHandle(name, new File([file.slice(start, end)], name), duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
			try {
				const source = { ...csvSource([name], plan, pageBufferBytes(end - start)), skip: start === 0 ? plan.preamble.linesBefore : 0 };
				const reader = await conn.send(inlineVetted(onePassGroupsQuery(source, plan.columns)));
				for await (const batch of reader) void batch;
				const table = await conn.query(`SELECT sum(dossiers)::DOUBLE AS n FROM ${GROUPS_TABLE}`);
				const errors = await conn.query(`SELECT count(*)::DOUBLE AS n FROM duckdb_tables() WHERE table_name = '${REJECTS}'`);
				const rejected = Number(errors.toArray()[0].n) ? Number((await conn.query(`SELECT count(DISTINCT line)::DOUBLE AS n FROM ${REJECTS}`)).toArray()[0].n) : 0;
				return Number(table.toArray()[0].n) + rejected;
			} finally {
				await conn.query(DROP_GROUPS + DROP_REJECTS);
				await db.dropFile(name);
			}
		})
	);
	return { ms: performance.now() - started, rows: rows.reduce((a, b) => a + b, 0) };
}

const READER = `onmessage = (e) => {
	const { file, slice } = e.data;
	const started = performance.now();
	let bytes = 0;
	for (let at = 0; at < file.size; at += slice) bytes += new FileReaderSync().readAsArrayBuffer(file.slice(at, Math.min(file.size, at + slice))).byteLength;
	postMessage({ ms: performance.now() - started, bytes });
};`;

/** The chosen File read whole by one worker with FileReaderSync, a page-sized slice at a time (as DuckDB's worker reads it). */
async function readOnly(): Promise<{ ms: number; bytes: number }> {
	const file = chosen();
	const worker = new Worker(URL.createObjectURL(new Blob([READER], { type: 'text/javascript' })));
	try {
		return await new Promise((resolve, reject) => {
			worker.onmessage = (e) => resolve(e.data);
			worker.onerror = (e) => reject(new Error(e.message));
			worker.postMessage({ file, slice: pageBufferBytes(file.size) });
		});
	} finally {
		worker.terminate();
	}
}

Object.assign(globalThis, { floorScan: scan, floorRead: readOnly, floorEngines: (n: number) => engine(n - 1).then(() => engines.length) });
document.body.dataset.ready = 'true';
