import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawGroup } from '../../../src/lib/data/rawlog/summarise';
import type { Connector } from '../../../src/lib/db/connector';
import { GROUPS_TABLE, readCanonicalGroups, readCanonicalGroupsAndOffices, type CanonRow, type OfficeGroup } from '../../../src/lib/db/rawlog-queries';
import { bothEngines, leftovers } from '../fixtures/engine';

// A log with an office column folds once (readCanonicalGroupsAndOffices) where it folded twice: the
// groups summed over offices must be exactly what the province-level fold gives, the earliest bad date
// included (DuckDB's order of texts, which is not JavaScript's for characters beyond U+FFFF).
type Running = { month: string | null; province: string; field: string | null; channel: string; office: string | null; dossiers: number; bad_date: string | null };

async function runningTable(db: Connector, rows: readonly Running[]): Promise<void> {
	await db.exec(`CREATE OR REPLACE TEMP TABLE ${GROUPS_TABLE} (month VARCHAR, province VARCHAR, field VARCHAR, channel VARCHAR, office VARCHAR, dossiers BIGINT, bad_date VARCHAR)`);
	if (rows.length) await db.runMany(`INSERT INTO ${GROUPS_TABLE} VALUES (?, ?, ?, ?, ?, ?, ?)`, rows.map((r) => [r.month, r.province, r.field, r.channel, r.office, r.dossiers, r.bad_date]));
}

const CANON: CanonRow[] = [
	['province', 'Hà Nội', '01'],
	['province', 'ha noi', '01'],
	['province', '56', '56'],
	['field', 'Tham gia', 'participation_e_dossiers'],
	['channel', 'Điện tử', 'electronic'],
	['channel', 'giấy', 'paper']
];

const key = (g: RawGroup) => JSON.stringify([g.month, g.province, g.field, g.channel, g.badDate]);
const byKey = (groups: readonly RawGroup[]) => [...groups].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

function summedOverOffices(offices: readonly OfficeGroup[]): Map<string, number> {
	const out = new Map<string, number>();
	for (const o of offices) {
		const k = JSON.stringify([o.month, o.province, o.field, o.channel]);
		out.set(k, (out.get(k) ?? 0) + o.dossiers);
	}
	return out;
}

const running = fc.record<Running>({
	month: fc.constantFrom('2024-03', '2025-07', null),
	province: fc.constantFrom('Hà Nội', 'ha noi', '56', 'Atlantis', ''),
	field: fc.constantFrom('Tham gia', 'khác', null),
	channel: fc.constantFrom('Điện tử', 'giấy', 'fax'),
	office: fc.constantFrom('A', 'B', ' A', '', null),
	dossiers: fc.integer({ min: 1, max: 9 }),
	// Texts whose order differs between UTF-16 and UTF-8: an emoji (beyond U+FFFF) against U+FF5E.
	bad_date: fc.constantFrom(null, '31/02/2024', '😀', '～', 'hôm qua')
});

describe.each(bothEngines())('one fold for the groups and their offices: $name', ({ engine }) => {
	it('the groups summed over offices are the province-level fold, bad dates included (property)', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(running, { maxLength: 40 }), async (rows) => {
				await runningTable(engine.db, rows);
				const both = await readCanonicalGroupsAndOffices(engine.db, CANON);
				expect(byKey(both.groups)).toEqual(byKey(await readCanonicalGroups(engine.db, CANON)));
				const provinceLevel = new Map(both.groups.map((g) => [JSON.stringify([g.month, g.province, g.field, g.channel]), g.dossiers]));
				expect(summedOverOffices(both.offices)).toEqual(provinceLevel);
				expect(both.offices.reduce((s, o) => s + o.dossiers, 0)).toBe(rows.reduce((s, r) => s + r.dossiers, 0));
			}),
			{ numRuns: 40 }
		);
		await engine.db.exec(`DROP TABLE ${GROUPS_TABLE}`);
		expect(await leftovers(engine.db)).toEqual([]);
	});

	it('folds spellings and keeps offices as written (by hand)', async () => {
		await runningTable(engine.db, [
			{ month: '2024-03', province: 'Hà Nội', field: 'Tham gia', channel: 'Điện tử', office: 'A', dossiers: 2, bad_date: null },
			{ month: '2024-03', province: 'ha noi', field: 'Tham gia', channel: 'Điện tử', office: 'A', dossiers: 3, bad_date: null },
			{ month: '2024-03', province: 'ha noi', field: 'Tham gia', channel: 'giấy', office: 'B', dossiers: 4, bad_date: null },
			{ month: null, province: '56', field: null, channel: 'fax', office: 'A', dossiers: 1, bad_date: '～' },
			{ month: null, province: '56', field: null, channel: 'fax', office: 'B', dossiers: 1, bad_date: '😀' }
		]);
		const { groups, offices } = await readCanonicalGroupsAndOffices(engine.db, CANON);
		expect(byKey(groups)).toEqual(
			byKey([
				{ month: '2024-03', province: '01', field: 'participation_e_dossiers', channel: 'electronic', dossiers: 5, badDate: null },
				{ month: '2024-03', province: '01', field: 'participation_e_dossiers', channel: 'paper', dossiers: 4, badDate: null },
				// U+FF5E (3 bytes in UTF-8) sorts before the emoji (4 bytes, F0…) in DuckDB; JavaScript's < says otherwise.
				{ month: null, province: '56', field: null, channel: 'fax', dossiers: 2, badDate: '～' }
			])
		);
		expect(offices.filter((o) => o.office === 'A').reduce((s, o) => s + o.dossiers, 0)).toBe(6);
		expect(offices.filter((o) => o.office === 'B').reduce((s, o) => s + o.dossiers, 0)).toBe(5);
		await engine.db.exec(`DROP TABLE ${GROUPS_TABLE}`);
	});
});
