import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { aggregateOnePass, csvSource, planScan, type OnePassOptions, type OnePassResult } from '../../../src/lib/db/rawlog-onepass';
import { inlineVetted } from '../../../src/lib/db/rawlog-sql';
import { createResolver } from '../../../src/lib/geo/resolve';
import { bothEngines, leftovers, readLog } from '../fixtures/engine';

const provinces = embedded.reference.provinces;
const options: Omit<OnePassOptions, 'fileName' | 'bytesTotal' | 'bytes'> = { granularity: 'month', defaultIndicator: 'benefits_e_dossiers', resolver: createResolver(provinces) };
const cli = promisify(execFile);

/**
 * A log built from rows whose fate the test knows: each row says what it should count for (unit,
 * month, electronic, office) or why it must be rejected. The expected counts are summed here from
 * those rows, independently of any reader.
 */
type Good = { date: string; province: string; channel: string; office: string; unit: string; month: string; electronic: boolean; officeName: string };
type Bad = { line: string; reason: string };

function buildLog(): { text: string; good: Good[]; bad: Bad[] } {
	const good: Good[] = [];
	const bad: Bad[] = [];
	const names: [string, string][] = [['Hà Nội', '01'], ['01', '01'], ['BHXH TP Hà Nội', '01'], ['Khánh Hòa', '56'], ['56', '56'], ['TP HCM', '79'], ['79', '79']];
	const dates: [string, string][] = [['2024-03-15 08:30:00', '2024-03'], ['15/03/2024 17:05', '2024-03'], ['2024-04-01T09:00:00', '2024-04'], ['01.04.2024', '2024-04'], ['2024/03/31 23:59:59', '2024-03']];
	const channels: [string, boolean][] = [['Điện tử', true], ['giấy', false], ['VssID', true], ['Trực tiếp', false]];
	let n = 0;
	for (let i = 0; i < 420; i++) {
		const [province, unit] = names[i % names.length];
		const [date, month] = dates[i % dates.length];
		const [channel, electronic] = channels[(i >> 1) % channels.length];
		// Office names with a line break and a semicolon inside quotes, in some rows.
		const office = i % 6 === 0 ? `"BHXH quận\nsố ${i % 4}"` : i % 6 === 1 ? `"BHXH; cơ sở ${i % 3}"` : `BHXH cơ sở ${i % 5}`;
		const officeName = office.replace(/^"|"$/g, '').replace(/\s+/g, ' ');
		good.push({ date, province, channel, office, unit, month, electronic, officeName });
		n++;
	}
	bad.push({ line: '2024-02-30 10:00;Hà Nội;giấy;X', reason: 'bad-date' });
	bad.push({ line: 'hôm qua;Hà Nội;giấy;X', reason: 'bad-date' });
	bad.push({ line: '2024-03-02;Atlantis;giấy;X', reason: 'unknown-province' });
	bad.push({ line: '2024-03-02;;giấy;X', reason: 'missing-province' });
	bad.push({ line: '2024-03-02;Hà Nội;bồ câu;X', reason: 'unknown-channel' });
	bad.push({ line: '2024-03-02;Hà Nội;giấy', reason: 'malformed-line' });
	bad.push({ line: '2024-03-02;Hà Nội;giấy;X;extra', reason: 'malformed-line' });
	bad.push({ line: '2024-03-02;"Hà Nội;giấy;X', reason: 'malformed-line' });
	const lines = good.map((g) => [g.date, g.province, g.channel, g.office].join(';'));
	// Bad rows spread through the file (the broken quote last: it swallows the rest of the file).
	bad.slice(0, -1).forEach((b, k) => lines.splice(40 * (k + 1), 0, b.line));
	lines.push(bad[bad.length - 1].line);
	void n;
	// Windows line ends throughout (DuckDB's strict reader wants one kind of line end per file); the quoted breaks are bare LF.
	return { text: `\uFEFF# nhật ký thử\r\nNgày tiếp nhận;Tỉnh;Kênh;Cơ quan tiếp nhận\r\n${lines.join('\r\n')}\r\n`, good, bad };
}

const LOG = buildLog();

function expected() {
	const cells = new Map<string, { electronic: number; total: number }>();
	const offices = new Map<string, { electronic: number; total: number }>();
	for (const g of LOG.good) {
		for (const [map, key] of [[cells, `${g.unit}|${g.month}`], [offices, `${g.unit}|${g.officeName}|${g.month}`]] as const) {
			const c = map.get(key) ?? { electronic: 0, total: 0 };
			c.total++;
			if (g.electronic) c.electronic++;
			map.set(key, c);
		}
	}
	const reasons: Record<string, number> = {};
	for (const b of LOG.bad) reasons[b.reason] = (reasons[b.reason] ?? 0) + 1;
	return { cells, offices, reasons, rows: LOG.good.length + LOG.bad.length };
}

function check(result: OnePassResult): void {
	const want = expected();
	const { summary } = result;
	expect(summary.rowsRead).toBe(want.rows);
	expect(summary.imported + summary.rejectedRows).toBe(summary.rowsRead);
	expect(Object.fromEntries(summary.rejections.map((r) => [r.reason, r.rows]))).toEqual(want.reasons);
	expect(new Map(summary.dataset.observations.map((o) => [`${o.unitCode}|${o.period}`, { electronic: o.electronic, total: o.total }]))).toEqual(want.cells);
	expect(new Map(result.offices.map((o) => [`${o.unitCode}|${o.office}|${o.period}`, { electronic: o.electronic, total: o.total }]))).toEqual(want.offices);
}

describe('the one-pass reader, on both engines, against counts made from the rows themselves', () => {
	const engines = bothEngines();
	const native = engines.find((e) => e.name === 'native')!;

	it.each(engines)('$name: BOM, comment, semicolons, CRLF, quoted line breaks, times of day, codes and names, planted bad rows', async (e) => {
		const out = await readLog(e, 'log.csv', LOG.text, options);
		expect(out.status).toBe('done');
		if (out.status === 'done') check(out);
		expect(await leftovers(e.engine.db)).toEqual([]);
	});

	it.each(engines)('$name: malformed lines are reported with their line and text', async (e) => {
		const out = await readLog(e, 'log.csv', LOG.text, options);
		if (out.status !== 'done') throw new Error('cancelled');
		const malformed = out.summary.rejections.find((r) => r.reason === 'malformed-line')!;
		expect(malformed.examples.some((x) => x.includes('2024-03-02;Hà Nội;giấy;X;extra'))).toBe(true);
	});

	it('native: cancel mid-file stops the query and leaves nothing behind; a new pass then completes', async () => {
		const row = '2024-03-15 08:30:00;Hà Nội;Điện tử;BHXH cơ sở 1\n';
		const big = await native.put('big.csv', `Ngày tiếp nhận;Tỉnh;Kênh;Cơ quan tiếp nhận\n${row.repeat(3_000_000)}`);
		const plan = planScan('big.csv', readFileSync(big).subarray(0, 4096));
		const controller = new AbortController();
		let seen = 0;
		const started = aggregateOnePass(native.engine, csvSource([big], plan), plan, {
			...options,
			fileName: 'big.csv',
			bytesTotal: 1,
			bytes: [],
			signal: controller.signal,
			onprogress: () => {
				if (++seen === 1) setTimeout(() => controller.abort(), 150);
			}
		});
		expect((await started).status).toBe('cancelled');
		expect(await leftovers(native.engine.db)).toEqual([]);
		const again = await readLog(native, 'log.csv', LOG.text, options);
		expect(again.status).toBe('done');
	});

	it('the same fixture through `cli aggregate` gives the same counts, by province and by office', async () => {
		const want = expected();
		const file = await native.put('log.csv', LOG.text);
		const dir = path.dirname(file);
		const outFile = path.join(dir, 'out.csv');
		const officeFile = path.join(dir, 'offices.csv');
		const run = (args: string[]) => cli('npx', ['tsx', 'src/cli/main.ts', 'aggregate', ...args], { encoding: 'utf8' }).catch((e: { code: number; stderr: string }) => e);
		const a = await run(['--input', file, '--out', outFile]);
		expect((a as { code?: number }).code).toBe(1); // rows were rejected
		expect((a as { stderr: string }).stderr).toContain(`${want.rows} rows read = ${LOG.good.length} counted + ${LOG.bad.length} rejected`);
		const rows = readFileSync(outFile, 'utf8').trim().split('\n');
		expect(rows[0]).toBe('unit_code,period,indicator,electronic,total');
		expect(new Map(rows.slice(1).map((l) => l.split(',')).map(([u, p, , e, t]) => [`${u}|${p}`, { electronic: Number(e), total: Number(t) }]))).toEqual(want.cells);
		await run(['--input', path.join(dir, 'lo*.csv'), '--out', officeFile, '--by', 'office', '--granularity', 'month']);
		const offices = readFileSync(officeFile, 'utf8').trim().split('\n');
		expect(offices[0]).toBe('unit_code,office,period,indicator,electronic,total');
		const parsed = offices.slice(1).map((l) => /^(\d+),("(?:[^"]|"")*"|[^,]*),([^,]+),[^,]+,(\d+),(\d+)$/.exec(l)!);
		expect(new Map(parsed.map((m) => [`${m[1]}|${m[2].replace(/^"|"$/g, '')}|${m[3]}`, { electronic: Number(m[4]), total: Number(m[5]) }]))).toEqual(want.offices);
	}, 60_000);
});

describe('inlineVetted (the text given to the cancellable browser call)', () => {
	it.each([
		[{ sql: 'SELECT ?, ?', params: ['rawlog-1.csv', 3] }, "SELECT 'rawlog-1.csv', 3"],
		[{ sql: 'x(?)', params: [';'] }, "x(';')"]
	])('inlines our own values', (query, text) => expect(inlineVetted(query)).toBe(text));
	it.each([["it's.csv"], ['/home/x/log.csv'], ['a b']])('refuses anything else: %s', (value) => {
		expect(() => inlineVetted({ sql: 'SELECT ?', params: [value] })).toThrow(/refusing/);
	});
	it('refuses a count mismatch', () => expect(() => inlineVetted({ sql: 'SELECT ?', params: [] })).toThrow(/differ/));
});
