import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import type { Connector } from '../../../src/lib/db/connector';
import { unitCounts } from '../../../src/lib/db/queries';
import { engineWith } from '../fixtures/engine';
import { seriesCounts, seriesCountsQuery, UnitSetError } from '../../../src/lib/db/series';
import { unitSetOfPeriod } from '../../../src/lib/geo/crosswalk';
import { buildRanking } from '../../../src/lib/metrics/ranking';
import { knownUnits as known, observation as obs } from '../fixtures/observation';

const { reference } = embedded;
const info = { id: 'span', titleVi: 't', titleEn: 't', source: 's', nature: 'illustrative', unitSet: 63 } as const;

// Read straight from the shipped files, independently of the app's parsers.
function csvRows(file: string): Record<string, string>[] {
	const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
	const names = header.split(',');
	return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
}

describe('unitSetOfPeriod: which codes a period is written in', () => {
	it.each([
		['2019', 63],
		['2019-08-20', 63],
		['2025-Q2', 63],
		['2025-06', 63],
		['2025-06-30', 63],
		['2025-07-01', 34],
		['2025-07', 34],
		['2025-Q3', 34],
		['2025', 34],
		['2026', 34],
		['not a period', null]
	] as const)('%s → %s', (period, set) => {
		expect(unitSetOfPeriod(period)).toBe(set);
	});
});

describe('the crosswalk', () => {
	it('maps each new unit code to itself, so figures already on the 34 units pass through unchanged', () => {
		for (const unit of reference.units34) expect(reference.crosswalk.get(unit.code), unit.name).toBe(unit.code);
	});
});

describe('a series on one consistent set of units (real DuckDB)', () => {
	let db: Connector;
	beforeAll(async () => {
		// Before 1 July 2025 in 63 codes (Khánh Hòa 56 and Ninh Thuận 58 apart), after in 34 codes (56 merged).
		db = await engineWith({
			info,
			observations: [
				obs('56', '2024', 100, 1000),
				obs('58', '2024', 300, 500),
				obs('01', '2024', 10, 100),
				obs('56', '2025-Q2', 200, 1000),
				obs('58', '2025-Q2', 400, 500),
				obs('01', '2025-Q2', 20, 100),
				obs('56', '2025-Q3', 900, 1600),
				obs('01', '2025-Q3', 30, 100),
				obs('56', '2024', 1, 2, 'vssid_accounts')
			]
		});
	});
	afterAll(() => db.close());

	it('on 34 units: the old periods summed through the crosswalk, the new ones as they are, in time order', async () => {
		const series = await seriesCounts(db, { dataset: 'span', indicator: 'benefits_e_dossiers' }, 34, known);
		expect(series).toEqual({
			unitSet: 34,
			excluded: [],
			periods: [
				{ period: '2024', counts: [{ code: '01', electronic: 10, total: 100 }, { code: '56', electronic: 400, total: 1500 }] },
				{ period: '2025-Q2', counts: [{ code: '01', electronic: 20, total: 100 }, { code: '56', electronic: 600, total: 1500 }] },
				{ period: '2025-Q3', counts: [{ code: '01', electronic: 30, total: 100 }, { code: '56', electronic: 900, total: 1600 }] }
			]
		});
	});

	it('on 63 provinces: the periods after the merger cannot be split back and are listed as left out', async () => {
		const series = await seriesCounts(db, { dataset: 'span', indicator: 'benefits_e_dossiers' }, 63, known);
		expect(series.excluded).toEqual(['2025-Q3']);
		expect(series.periods.map((p) => p.period)).toEqual(['2024', '2025-Q2']);
		expect(series.periods[0].counts).toContainEqual({ code: '58', electronic: 300, total: 500 });
	});

	it('sorts periods by date, not by text (2025-Q2 before 2025-07)', async () => {
		const other = await engineWith({ info, observations: [obs('01', '2025-07', 1, 2), obs('01', '2025-Q2', 1, 2), obs('01', '2025-06', 1, 2)] });
		const series = await seriesCounts(other, { dataset: 'span', indicator: 'benefits_e_dossiers' }, 34, known);
		expect(series.periods.map((p) => p.period)).toEqual(['2025-06', '2025-Q2', '2025-07']);
		await other.close();
	});

	it('refuses an old province code in a period after the merger, naming period and code', async () => {
		const other = await engineWith({ info, observations: [obs('58', '2025-Q3', 1, 2)] });
		const error = await seriesCounts(other, { dataset: 'span', indicator: 'benefits_e_dossiers' }, 34, known).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UnitSetError);
		expect((error as Error).message).toBe('dataset span, period 2025-Q3: code 58 is not one of the 34 units (from 1 July 2025)');
		await other.close();
	});

	it('binds the dataset and indicator as parameters', () => {
		const q = seriesCountsQuery({ dataset: "x' OR 1=1", indicator: 'i' }, 34);
		expect(q.sql).not.toContain("x'");
		expect(q.params).toEqual(["x' OR 1=1", 'i']);
	});
});

describe('the 2019 appendix on the 34 units, unit by unit against sums computed here', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await engineWith(embedded.appendix);
	});
	afterAll(() => db.close());

	const appendix = csvRows('data/bhxh-3040-2019.csv');
	const units = csvRows('data/units-34.csv');
	const expected = units
		.map((unit) => {
			const parts = unit.old_codes.split(' ');
			const rows = appendix.filter((r) => parts.includes(r.province_code));
			expect(rows).toHaveLength(parts.length);
			return {
				code: unit.code,
				electronic: rows.reduce((s, r) => s + Number(r.electronic), 0),
				total: rows.reduce((s, r) => s + Number(r.total), 0)
			};
		})
		.sort((a, b) => a.code.localeCompare(b.code));

	it('gives 34 units whose sums equal the sums of their old provinces', async () => {
		const counts = await unitCounts(db, { dataset: 'cv3040-2019', period: '2019-08-20', indicator: 'benefits_e_dossiers' }, { toUnits34: true });
		expect(counts).toHaveLength(34);
		expect(counts).toEqual(expected);
	});

	it('loses and invents no dossier: the national sums are unchanged (1.545.438 of 4.177.524)', () => {
		expect(expected.reduce((s, u) => s + u.electronic, 0)).toBe(1545438);
		expect(expected.reduce((s, u) => s + u.total, 0)).toBe(4177524);
	});

	it('ranks the new Khánh Hòa (56 + 58) among 34 by its summed rate, not by an average of rates', async () => {
		const series = await seriesCounts(db, { dataset: 'cv3040-2019', indicator: 'benefits_e_dossiers' }, 34, known);
		const counts = series.periods[0].counts;
		const ranking = buildRanking(counts, reference.units34, 'asc', null);
		const kh = ranking.find((r) => r.code === '56')!;
		const khExpected = expected.find((u) => u.code === '56')!;
		expect(kh).toMatchObject({ electronic: khExpected.electronic, total: khExpected.total });
		// Independent rank: how many of the 34 have a strictly lower rate, compared by cross-multiplication.
		const lower = expected.filter((u) => u.electronic * khExpected.total < khExpected.electronic * u.total).length;
		expect(kh.rank).toBe(lower + 1);
		const higher = expected.filter((u) => u.electronic * khExpected.total > khExpected.electronic * u.total).length;
		expect(buildRanking(counts, reference.units34, 'desc', null).find((r) => r.code === '56')!.rank).toBe(higher + 1);
	});
});
