import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { cutAfterLineFeed } from '../../../src/lib/data/rawlog/split';
import type { Connector } from '../../../src/lib/db/connector';
import { createNodeConnector } from '../../../src/lib/db/node';
import { aggregateOnePass, csvSource, plainEngine, planScan, type OnePassOptions, type OnePassOutcome, type ScanPart } from '../../../src/lib/db/rawlog-onepass';
import { aggregateSplit } from '../../../src/lib/db/rawlog-split';
import { createResolver } from '../../../src/lib/geo/resolve';

/**
 * A log cut in two and read by two engines (the page on two cores) must give exactly what one engine
 * gives on the whole file, and both what the rows say, counted here from the rows themselves.
 */
const base: Omit<OnePassOptions, 'fileName' | 'bytesTotal' | 'bytes'> = {
	granularity: 'month',
	defaultIndicator: 'benefits_e_dossiers',
	resolver: createResolver(embedded.reference.provinces)
};
const encode = (text: string) => new TextEncoder().encode(text);
const reader = (bytes: Uint8Array) => async (start: number, end: number) => bytes.slice(start, end);

type Row = { line: string; unit?: string; month?: string; electronic?: boolean; reason?: string };

const PROVINCES: [string, string][] = [['Hà Nội', '01'], ['79', '79'], ['Khánh Hòa', '56'], ['TP HCM', '79']];
const DATES: [string, string][] = [['2024-03-15 08:30:00', '2024-03'], ['15/04/2024', '2024-04'], ['2024-04-01T09:00:00', '2024-04'], ['01.05.2024', '2024-05']];
const CHANNELS: [string, boolean][] = [['Điện tử', true], ['giấy', false], ['VssID', true]];
const PLANTED: Row[] = [
	{ line: '2024-02-30 10:00,Hà Nội,giấy,x', reason: 'bad-date' },
	{ line: '2024-03-02,Atlantis,giấy,x', reason: 'unknown-province' },
	{ line: '2024-03-02,Hà Nội,bồ câu,x', reason: 'unknown-channel' },
	{ line: '2024-03-02,Hà Nội,giấy,x,thừa', reason: 'malformed-line' },
	{ line: '2024-03-02,Hà Nội', reason: 'malformed-line' }
];
const PREAMBLE = '# nhật ký thử\nNgày tiếp nhận,Tỉnh,Kênh,Ghi chú\n';

/**
 * `n` good rows, with the planted bad rows at the given row indexes (spread over both halves). With
 * `quoted`, every fifth row's note is quoted and holds a comma and a line break, so that a cut after
 * a line feed may fall inside a quoted field.
 */
function buildLog(n: number, plantAt: readonly number[], { quoted = false, lineEnd = '\n' } = {}): { text: string; rows: Row[] } {
	const rows: Row[] = [];
	for (let i = 0; i < n; i++) {
		const [province, unit] = PROVINCES[i % PROVINCES.length];
		const [date, month] = DATES[(i >> 1) % DATES.length];
		const [channel, electronic] = CHANNELS[(i >> 2) % CHANNELS.length];
		const note = quoted && i % 5 === 0 ? `"ghi chú, dòng 1${lineEnd}dòng 2"` : 'x';
		rows.push({ line: `${date},${province},${channel},${note}`, unit, month, electronic });
	}
	plantAt.forEach((at, k) => rows.splice(at, 0, PLANTED[k % PLANTED.length]));
	return { text: PREAMBLE + rows.map((r) => r.line).join(lineEnd) + lineEnd, rows };
}

/** What the rows say: counts per unit and month, rejections by reason, the physical lines of malformed rows. */
function expected(rows: readonly Row[]) {
	const cells = new Map<string, { electronic: number; total: number }>();
	const reasons: Record<string, number> = {};
	const malformedLines: number[] = [];
	let line = 3; // two lines before the first row
	for (const r of rows) {
		if (r.reason) {
			reasons[r.reason] = (reasons[r.reason] ?? 0) + 1;
			if (r.reason === 'malformed-line') malformedLines.push(line);
		} else {
			const key = `${r.unit}|${r.month}`;
			const c = cells.get(key) ?? { electronic: 0, total: 0 };
			c.total++;
			if (r.electronic) c.electronic++;
			cells.set(key, c);
		}
		line += 1 + (r.line.match(/\n/g)?.length ?? 0);
	}
	return { cells, reasons, malformedLines, rows: rows.length };
}

function observed(out: OnePassOutcome | null) {
	if (!out || out.status !== 'done') throw new Error(`not done: ${JSON.stringify(out)}`);
	const s = out.summary;
	const malformed = s.rejections.find((r) => r.reason === 'malformed-line');
	return {
		cells: new Map(s.dataset.observations.map((o) => [`${o.unitCode}|${o.period}`, { electronic: o.electronic, total: o.total }])),
		reasons: Object.fromEntries(s.rejections.map((r) => [r.reason, r.rows])),
		malformedLines: (malformed?.examples ?? []).map((e) => Number(/^#(\d+)/.exec(e)?.[1])).sort((a, b) => a - b),
		rows: s.rowsRead
	};
}

let page: Connector;
let partner: Connector;
let n = 0;
beforeAll(async () => {
	page = await createNodeConnector();
	partner = await createNodeConnector();
});
afterAll(async () => {
	await page.close();
	await partner.close();
});

async function leftovers(db: Connector): Promise<string[]> {
	return (await db.query<{ name: string }>({ sql: "SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE 'rawlog%'", params: [] })).map((r) => r.name);
}

/** The log read by two engines, cut after the first line feed from `from`. */
async function inTwo(text: string, from: number) {
	const bytes = encode(text);
	const plan = planScan('log.csv', bytes);
	const cut = await cutAfterLineFeed(reader(bytes), bytes.length, Math.max(plan.preamble.dataStart, from));
	if (cut === null) throw new Error('no cut');
	const names = [`part-${++n}a.csv`, `part-${n}b.csv`];
	await page.registerFileBuffer(names[0], bytes.slice(0, cut));
	await partner.registerFileBuffer(names[1], bytes.slice(cut));
	const parts: ScanPart[] = [
		{ engine: plainEngine(page), source: csvSource([names[0]], plan), offset: 0, file: 0 },
		{ engine: plainEngine(partner), source: { ...csvSource([names[1]], plan), skip: 0 }, offset: cut, file: 0 }
	];
	const options = { ...base, fileName: 'log.csv', bytesTotal: bytes.length, bytes: [{ size: bytes.length, read: reader(bytes) }] };
	return { out: await aggregateSplit(parts, plan, options), cut, inQuotes: quotesBefore(text, cut) };
}

/** Whether byte `cut` lies inside a quoted field (an odd number of quotes before it: the test's logs have no stray quote). */
function quotesBefore(text: string, cut: number): boolean {
	const before = encode(text).subarray(0, cut);
	return before.filter((b) => b === 0x22).length % 2 === 1;
}

async function whole(text: string) {
	const bytes = encode(text);
	const plan = planScan('log.csv', bytes);
	const name = `whole-${++n}.csv`;
	await page.registerFileBuffer(name, bytes);
	return aggregateOnePass(plainEngine(page), csvSource([name], plan), plan, { ...base, fileName: 'log.csv', bytesTotal: bytes.length, bytes: [{ size: bytes.length, read: reader(bytes) }] });
}

describe('cutting a log in two', () => {
	it.each([
		['a\nb\nc\n', 0, 2],
		['a\nb\nc\n', 2, 4],
		['a\nb\nc\n', 3, 4],
		['abc\n', 0, null], // the only line feed ends the file: nothing after it
		['abc', 0, null],
		['a\r\nbb\r\ncc\r\n', 1, 3],
		['a\r\nbb\r\ncc\r\n', 3, 7]
	])('cutAfterLineFeed(%j, from %i) = %j', async (text, from, cut) => {
		const bytes = encode(text);
		expect(await cutAfterLineFeed(reader(bytes), bytes.length, from, 2)).toBe(cut);
	});
});

describe('a log read by two engines at once', () => {
	it('gives what the rows say, with malformed rows of either half at their physical lines', async () => {
		const log = buildLog(3000, [10, 700, 1200, 400, 2100, 2950]);
		const { out, cut } = await inTwo(log.text, log.text.length / 2);
		const malformedAt = log.rows.flatMap((r, i) => (r.reason === 'malformed-line' ? [i] : []));
		expect(malformedAt.some((i) => i < 1450) && malformedAt.some((i) => i > 1550)).toBe(true); // one on each side of the cut
		expect(observed(out)).toEqual(expected(log.rows));
		expect(await leftovers(page)).toEqual([]);
		expect(await leftovers(partner)).toEqual([]);
	});

	it('gives exactly what one engine gives on the whole file, wherever the cut falls', async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 50, max: 400 }), fc.array(fc.nat(), { maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), async (count, at, where) => {
				const log = buildLog(count, at.map((a) => a % count).sort((a, b) => a - b));
				const { out } = await inTwo(log.text, Math.floor(log.text.length * where * 0.98));
				expect(observed(out)).toEqual(observed(await whole(log.text)));
				expect(observed(out)).toEqual(expected(log.rows));
			}),
			{ numRuns: 25 }
		);
	});

	it('is abandoned (null, nothing left behind) when the cut falls inside a quoted field, and used when it does not', async () => {
		const log = buildLog(400, [7, 300], { quoted: true });
		const bytes = encode(log.text);
		const inside = bytes.indexOf(0x0a, bytes.indexOf(0x22, Math.floor(bytes.length / 2))); // the line feed within a quoted note
		const first = await inTwo(log.text, inside);
		expect(first.inQuotes).toBe(true);
		expect(first.out).toBeNull();
		expect(await leftovers(page)).toEqual([]);
		expect(await leftovers(partner)).toEqual([]);
		const second = await inTwo(log.text, first.cut); // the next line feed ends the quoted record
		expect(second.inQuotes).toBe(false);
		expect(observed(second.out)).toEqual(expected(log.rows));
	});

	it('with quoted line breaks, wherever the cut falls: the same as one engine, or abandoned exactly when the cut is inside quotes', async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 30, max: 300 }), fc.array(fc.nat(), { maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }), async (count, at, where) => {
				const log = buildLog(count, at.map((a) => a % count).sort((a, b) => a - b), { quoted: true });
				const { out, inQuotes } = await inTwo(log.text, Math.floor(log.text.length * where * 0.98));
				if (inQuotes) expect(out).toBeNull();
				else expect(observed(out)).toEqual(observed(await whole(log.text)));
				expect(observed(await whole(log.text))).toEqual(expected(log.rows));
			}),
			{ numRuns: 40 }
		);
	});

	it('is abandoned when a part cannot be read strictly (LF and CRLF mixed): the one-engine path then reads it', async () => {
		const log = buildLog(400, []);
		const mixed = log.text.slice(0, log.text.length / 2) + log.text.slice(log.text.length / 2).replace(/\n/g, '\r\n').replace(/\r\n([^\r]*)$/, '\n$1');
		const { out } = await inTwo(mixed, log.text.length / 4);
		expect(out).toBeNull();
		expect(await leftovers(page)).toEqual([]);
		expect(await leftovers(partner)).toEqual([]);
		expect(observed(await whole(mixed)).rows).toBe(400);
	});
});
