import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/db/connector';
import { canonParam, canonTable, type CanonRow } from '../../../src/lib/db/rawlog-queries';
import { bothEngines } from '../fixtures/engine';

// The canonical texts travel to DuckDB as one bound value (canonParam) and come back as rows
// (canonTable). Whatever a log's cell holds must come back exactly: a separator of the packing, a
// quote, a line break, Vietnamese, an emoji, nothing at all.
const AWKWARD: CanonRow[] = [
	['province', 'Hà Nội', '01'],
	['province', '', '01'],
	['province', 'a,b', '79'],
	['province', 'a:b:c', '79'],
	['province', ' "Huế" ', '46'],
	['field', 'Thu\nnộp', 'thu-nop'],
	['field', 'Tham gia\r\n', 'tham-gia'],
	['channel', 'Điện tử 💻', 'electronic'],
	['channel', "it's", 'paper'],
	['channel', '%_\\', 'paper'],
	['channel', '\t', 'paper']
];

async function back(db: Connector, rows: readonly CanonRow[]): Promise<CanonRow[]> {
	const out = await db.query<{ column: CanonRow[0]; raw: string; canon: string }>({ sql: `${canonTable()} ORDER BY ALL`, params: [canonParam(rows)] });
	return out.map((r) => [r.column, r.raw, r.canon]);
}

const sorted = (rows: readonly CanonRow[]) => [...rows].sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : a.join('\u0000') > b.join('\u0000') ? 1 : 0));

describe('canonical texts as one bound value', () => {
	it.each([
		[[] as CanonRow[], ''],
		[[['province', 'A', '01']] as CanonRow[], 'province:41:3031'],
		[[['field', '', 'x'], ['channel', 'é', '']] as CanonRow[], 'field::78,channel:c3a9:']
	])('packs %j as %j', (rows, packed) => {
		expect(canonParam(rows)).toBe(packed);
	});

	describe.each(bothEngines())('$name', ({ engine }) => {
		it('every awkward text comes back exactly', async () => {
			const rows = await back(engine.db, AWKWARD);
			expect(sorted(rows)).toEqual(sorted(AWKWARD));
		});

		it('no canonical text: no row', async () => {
			expect(await back(engine.db, [])).toEqual([]);
		});

		it('random texts come back exactly (property)', async () => {
			const row = fc.tuple(fc.constantFrom('province' as const, 'field' as const, 'channel' as const), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
			await fc.assert(
				fc.asyncProperty(fc.array(row, { maxLength: 20 }), async (rows) => {
					expect(sorted(await back(engine.db, rows))).toEqual(sorted(rows));
				}),
				{ numRuns: 60 }
			);
		});
	});
});
