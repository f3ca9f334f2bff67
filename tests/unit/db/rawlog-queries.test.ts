import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { detectRawLogColumns, readPreamble } from '../../../src/lib/data/rawlog/columns';
import { generateRawLog, type GenerateStats } from '../../oracles/rawlog/generate';
import { createJsAggregator } from '../../oracles/rawlog/js-aggregate';
import { summariseRawLog, type RawLogSummary } from '../../../src/lib/data/rawlog/summarise';
import { RawLogFormatError } from '../../../src/lib/db/rawlog-import';
import type { OnePassOptions } from '../../../src/lib/db/rawlog-onepass';
import { monthsOfDatesQuery } from '../../../src/lib/db/rawlog-queries';
import { createResolver } from '../../../src/lib/geo/resolve';
import { DATE_CASES } from '../data/rawlog/date-cases';
import { bothEngines, leftovers, readLog, type EngineCase } from '../fixtures/engine';

const provinces = embedded.reference.provinces;
const resolver = createResolver(provinces);
type Options = Omit<OnePassOptions, 'fileName' | 'bytesTotal' | 'bytes'>;
const options: Options = { granularity: 'month', defaultIndicator: 'benefits_e_dossiers', resolver };
const encode = (text: string) => new TextEncoder().encode(text);

function generated(rows: number, seed: number, badShare: number): { text: string; stats: GenerateStats } {
	const stats: GenerateStats = { rows: 0, planted: { badDate: 0, unknownProvince: 0, unknownChannel: 0, unknownField: 0 } };
	return { text: [...generateRawLog({ rows, seed, provinces, badShare }, stats)].join(''), stats };
}

/** The reference: PapaParse and a JavaScript Map over the same text. */
function jsSummary(text: string, granularity: Options['granularity'] = 'month'): RawLogSummary {
	const bytes = encode(text);
	const preamble = readPreamble(bytes);
	if (!preamble.ok) throw new Error(preamble.reason);
	const detected = detectRawLogColumns(preamble.header);
	if (!detected.ok) throw new Error('columns');
	const body = new TextDecoder().decode(bytes.subarray(preamble.dataStart));
	const agg = createJsAggregator(detected.columns, preamble.header.length, preamble.linesBefore + 1);
	for (const row of Papa.parse<string[]>(body, { delimiter: preamble.delimiter, skipEmptyLines: true }).data) agg.add(row);
	return summariseRawLog(agg.groups(), agg.malformed(), { ...options, granularity, info: { id: 'x', titleVi: '', titleEn: '', source: '', nature: 'real', unitSet: 63 } });
}

const counts = (s: RawLogSummary) => ({
	rowsRead: s.rowsRead,
	imported: s.imported,
	rejectedRows: s.rejectedRows,
	rejections: Object.fromEntries(s.rejections.map((r) => [r.reason, r.rows])),
	observations: s.dataset.observations
});

let files = 0;
async function run(e: EngineCase, name: string, text: string, extra: Partial<OnePassOptions> = {}): Promise<RawLogSummary> {
	// Each read gets a file of its own (the WASM engine keeps registered names); the name stays the one the summary shows.
	const outcome = await readLog({ ...e, put: (n, c) => e.put(`${++files}-${n}`, c) }, name, text, { ...options, ...extra });
	if (outcome.status !== 'done') throw new Error('cancelled');
	return outcome.summary;
}

describe('raw-log aggregation on a real DuckDB', () => {
	describe.each(bothEngines())('$name', (e) => {
		it('the SQL reads dates exactly as monthOfDate() does', async () => {
			const rows = await e.engine.db.query<{ date_raw: string; month: string | null }>(monthsOfDatesQuery(DATE_CASES.map(([d]) => d)));
			expect(rows.map((r) => [r.date_raw, r.month])).toEqual(DATE_CASES);
		});

		it('a generated log: DuckDB gives exactly the JavaScript counts; conservation holds', async () => {
			const { text, stats } = generated(6000, 11, 0.02);
			const expected = counts(jsSummary(text));
			const whole = await run(e, 'log.csv', text);
			expect(counts(whole)).toEqual(expected);

			expect(whole.rowsRead).toBe(6000);
			expect(whole.imported + whole.rejectedRows).toBe(whole.rowsRead);
			const r = expected.rejections as Record<string, number>;
			expect(r['bad-date']).toBe(stats.planted.badDate);
			expect((r['unknown-province'] ?? 0) + (r['missing-province'] ?? 0)).toBe(stats.planted.unknownProvince);
			expect((r['unknown-channel'] ?? 0) + (r['missing-channel'] ?? 0)).toBe(stats.planted.unknownChannel);
			expect(r['unknown-field']).toBe(stats.planted.unknownField);
			expect(whole.dataset.info.nature).toBe('illustrative');
			expect(whole.dataset.info.titleVi).toMatch(/^Dữ liệu minh họa/);
			expect(await leftovers(e.engine.db)).toEqual([]);
		});

		it('buckets into quarters and years with the same totals', async () => {
			const { text } = generated(3000, 5, 0);
			for (const granularity of ['quarter', 'year'] as const) {
				const s = await run(e, 'log.csv', text, { granularity });
				expect(counts(s)).toEqual(counts(jsSummary(text, granularity)));
				expect(new Set(s.dataset.observations.map((o) => o.period))).toEqual(
					granularity === 'year' ? new Set(['2024']) : new Set(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'])
				);
			}
		});

		it('counts malformed lines with their file line numbers, and rejects bad values with reasons', async () => {
			const text = [
				'Ngày tiếp nhận;Tỉnh/TP;Lĩnh vực;Hình thức nộp',
				'15/03/2024;BHXH Tp. Hà Nội;Tham gia;Điện tử',
				'2024-03-16;TP HCM;Giải quyết chế độ;giấy',
				'2024-03-16;TT-Huế;Tham gia;"trực tiếp"',
				'2024-03-17;Hà Nội;Tham gia;fax',
				'31/02/2024;Hà Nội;Tham gia;giấy',
				'2024-03-18;Dak Lac;Thu;GDĐT;extra',
				'2024-03-18;Đắk Lắk',
				'2024-03-19;Atlantis;Thu;GDĐT',
				'2024-03-19;Cà Mau;;GDĐT',
				'2024-03-20;<b>x</b>;Thu;online'
			].join('\r\n');
			const s = await run(e, 'messy.csv', text);
			expect(s.rowsRead).toBe(10);
			expect(s.imported).toBe(3);
			expect(s.rejections).toEqual([
				{ reason: 'malformed-line', rows: 2, examples: ['#7 (TOO MANY COLUMNS): 2024-03-18;Dak Lac;Thu;GDĐT;extra', '#8 (MISSING COLUMNS): 2024-03-18;Đắk Lắk'] },
				{ reason: 'unknown-province', rows: 2, examples: ['<b>x</b>', 'Atlantis'] },
				{ reason: 'bad-date', rows: 1, examples: ['31/02/2024'] },
				{ reason: 'unknown-channel', rows: 1, examples: ['fax'] },
				{ reason: 'unknown-field', rows: 1, examples: [''] }
			]);
			expect(s.dataset.info.nature).toBe('real');
			expect(s.dataset.observations.map((o) => [o.unitCode, o.indicator, o.electronic, o.total])).toEqual([
				['79', 'benefits_e_dossiers', 0, 1],
				['01', 'participation_e_dossiers', 1, 1],
				['46', 'participation_e_dossiers', 0, 1]
			]);
		});

		it('an import cancelled before the scan leaves nothing behind, and the next one is whole', async () => {
			const { text } = generated(4000, 2, 0);
			const controller = new AbortController();
			const seen: number[] = [];
			const outcome = await readLog(e, `cancel-${e.name}.csv`, text, {
				...options,
				signal: controller.signal,
				onprogress: (p) => {
					seen.push(p.bytesDone);
					controller.abort();
				}
			});
			expect(outcome).toEqual({ status: 'cancelled' });
			expect(seen).toEqual([0]);
			expect(await leftovers(e.engine.db)).toEqual([]);
			// The engine is still usable, and a new import after a cancel is whole.
			expect((await run(e, 'log.csv', text)).rowsRead).toBe(4000);
		});

		it('reports progress that starts at 0, only grows and ends at the file size', async () => {
			const { text } = generated(2000, 9, 0);
			const progress: { bytesDone: number; bytesTotal: number }[] = [];
			await run(e, 'log.csv', text, { onprogress: (p) => progress.push(p) });
			expect(progress[0]).toEqual({ bytesDone: 0, bytesTotal: encode(text).length });
			for (let i = 1; i < progress.length; i++) expect(progress[i].bytesDone).toBeGreaterThanOrEqual(progress[i - 1].bytesDone);
			expect(progress.at(-1)).toEqual({ bytesDone: encode(text).length, bytesTotal: encode(text).length });
		});

		it.each([
			['', 'empty'],
			['Tỉnh,Giao dịch điện tử,Tổng số\nHà Nội,1,2\n', 'columns'],
			['\u0000\u0001binary', 'binary']
		])('refuses %j with a clear error (%s) and leaves nothing behind', async (text, problem) => {
			const error = await run(e, 'bad.csv', text).catch((x: unknown) => x);
			expect(error).toBeInstanceOf(RawLogFormatError);
			expect((error as RawLogFormatError).problem).toBe(problem);
			expect((error as Error).message).toMatch(/^bad\.csv: /);
			expect(await leftovers(e.engine.db)).toEqual([]);
		});

		it("a line longer than DuckDB's line limit is counted as a malformed line, named by its line, and the rest is read", async () => {
			const s = await run(e, 'long.csv', `ngay,tinh,kenh\n${'x'.repeat(17 * 1024 * 1024)}\n2024-01-01,Hà Nội,giấy\n`);
			expect(s).toMatchObject({ rowsRead: 2, imported: 1, rejectedRows: 1 });
			expect(s.rejections.map((r) => [r.reason, r.rows])).toEqual([['malformed-line', 1]]);
			expect(s.rejections[0].examples[0]).toMatch(/^#2 \(LINE SIZE OVER MAXIMUM\): x{20}/);
			expect(await leftovers(e.engine.db)).toEqual([]);
		});

		it('a header-only log imports zero rows', async () => {
			const s = await run(e, 'empty-log.csv', 'ngay,tinh,kenh\n');
			expect(s).toMatchObject({ rowsRead: 0, imported: 0, rejectedRows: 0 });
		});
	});
});
