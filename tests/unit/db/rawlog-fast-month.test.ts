import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthOfDate } from '../../../src/lib/data/rawlog/period';
import { onePassGroupsQuery } from '../../../src/lib/db/rawlog-sql';
import { DATE_CASES } from '../data/rawlog/date-cases';
import { bothEngines, type EngineCase } from '../fixtures/engine';

/**
 * The one-pass query reads the month of "2024-03-15…" and "15/03/2024…" with substrings and a date
 * cast, and every other date with regular expressions: both must give monthOfDate()'s answer.
 */
let n = 0;

const quoted = (d: string) => `"${d.replace(/"/g, '""')}"`;

async function monthsOf({ engine: { db }, put }: EngineCase, dates: readonly string[]): Promise<Map<string, string | null>> {
	const file = await put(`dates-${++n}.csv`, `${dates.map((d) => `${quoted(d)};Hà Nội;giấy`).join('\n')}\n`);
	await db.exec('DROP TABLE IF EXISTS rawlog_reject_errors; DROP TABLE IF EXISTS rawlog_reject_scans;');
	await db.query(onePassGroupsQuery({ format: 'csv', files: [file], delimiter: ';', skip: 0, columnCount: 3 }, { date: 0, province: 1, field: null, channel: 2, office: null }));
	const rows = await db.query<{ month: string | null; dossiers: number }>({ sql: 'SELECT month, dossiers FROM rawlog_groups', params: [] });
	// Each distinct month is a group: compare the counts per month with what monthOfDate says.
	const got = new Map<string, string | null>();
	for (const r of rows) got.set(String(r.month), String(Number(r.dossiers)));
	return got;
}

function expected(dates: readonly string[]): Map<string, string | null> {
	const want = new Map<string, number>();
	for (const d of dates) want.set(String(monthOfDate(d)), (want.get(String(monthOfDate(d))) ?? 0) + 1);
	return new Map([...want].map(([k, v]) => [k, String(v)]));
}

describe('the month of each row in the one-pass query is monthOfDate()', () => {
	describe.each(bothEngines())('$name', (e) => {
		it('on the table of date cases', async () => {
			for (const [date, month] of DATE_CASES) expect(await monthsOf(e, [date])).toEqual(new Map([[String(month), '1']]));
		});

		it('on random dates near the fast forms', async () => {
			const digit = fc.constantFrom(...'0123456789');
			const piece = fc.oneof(digit, fc.constantFrom('-', '/', '.', ' ', 'T', '\t', 'x'));
			const iso = fc.tuple(fc.constantFrom('20', '19', '21', '2'), fc.array(piece, { minLength: 6, maxLength: 14 })).map(([a, b]) => a + b.join(''));
			const near = fc.oneof(
				iso,
				fc.tuple(fc.integer({ min: 1995, max: 2105 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('', ' 08:30', 'T09', 'x', '\t1')).map(([y, m, d, t]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${t}`),
				fc.tuple(fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 1995, max: 2105 }), fc.constantFrom('', ' 17:05', 'x')).map(([d, m, y, t]) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}${t}`)
			);
			await fc.assert(
				fc.asyncProperty(fc.array(near, { minLength: 1, maxLength: 30 }), async (dates) => {
					expect(await monthsOf(e, dates)).toEqual(expected(dates));
				}),
				{ numRuns: 60 }
			);
		});
	});
});
