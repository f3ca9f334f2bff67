import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/db/connector';
import { nationalSeries, twoPeriods, twoPeriodsQuery, unitSeries } from '../../../src/lib/db/period-queries';
import { storeDataset } from '../../../src/lib/db/schema';
import { engineWith } from '../fixtures/engine';
import { illustrative2019 } from '../../../src/lib/data/illustrative/embedded-illustrative';
import { periodChange } from '../../../src/lib/metrics/period-change';
import { sumByPeriod } from '../../../src/lib/metrics/target-progress';
import { observation as obs } from '../fixtures/observation';

const info = { id: 'p', titleVi: 't', titleEn: 't', source: 's', nature: 'illustrative', unitSet: 63 } as const;

describe('period queries on a real DuckDB', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await engineWith({
			info,
			observations: [
				obs('01', '2019-01', 1, 10),
				obs('01', '2019-02', 3, 10),
				obs('02', '2019-01', 5, 10),
				obs('03', '2019-02', 0, 0),
				obs('01', '2019-01', 9, 10, 'participation_e_dossiers')
			]
		}, { crosswalk: false });
		await storeDataset(db, illustrative2019);
	});
	afterAll(() => db.close());

	it('series per unit, one indicator, ordered by unit and period', async () => {
		expect(await unitSeries(db, { dataset: 'p', indicator: 'benefits_e_dossiers' })).toEqual([
			{ code: '01', period: '2019-01', electronic: 1, total: 10 },
			{ code: '01', period: '2019-02', electronic: 3, total: 10 },
			{ code: '02', period: '2019-01', electronic: 5, total: 10 },
			{ code: '03', period: '2019-02', electronic: 0, total: 0 }
		]);
	});

	it('national series: sums of numerators and denominators per period', async () => {
		expect(await nationalSeries(db, { dataset: 'p', indicator: 'benefits_e_dossiers' })).toEqual([
			{ period: '2019-01', electronic: 6, total: 20, units: 2 },
			{ period: '2019-02', electronic: 3, total: 10, units: 2 }
		]);
	});

	it('two periods side by side; a unit missing from one has null there', async () => {
		expect(await twoPeriods(db, { dataset: 'p', indicator: 'benefits_e_dossiers', periodA: '2019-01', periodB: '2019-02' })).toEqual([
			{ code: '01', a: { electronic: 1, total: 10 }, b: { electronic: 3, total: 10 } },
			{ code: '02', a: { electronic: 5, total: 10 }, b: null },
			{ code: '03', a: null, b: { electronic: 0, total: 0 } }
		]);
	});

	it('binds periods as parameters', () => {
		const q = twoPeriodsQuery({ dataset: 'p', indicator: 'x', periodA: "2019'--", periodB: 'b' });
		expect(q.sql).not.toContain("2019'--");
		expect(q.params).toContain("2019'--");
	});

	it('on the illustrative dataset: 63 units × 9 months, national sums equal the sum of the file, and the comparison agrees with the series', async () => {
		const series = await unitSeries(db, { dataset: illustrative2019.info.id, indicator: 'benefits_e_dossiers' });
		expect(series).toHaveLength(63 * 9);
		const national = await nationalSeries(db, { dataset: illustrative2019.info.id, indicator: 'benefits_e_dossiers' });
		const sept = illustrative2019.observations.filter((o) => o.period === '2019-09' && o.indicator === 'benefits_e_dossiers');
		expect(national.at(-1)).toEqual({
			period: '2019-09',
			electronic: sept.reduce((s, o) => s + o.electronic, 0),
			total: sept.reduce((s, o) => s + o.total, 0),
			units: 63
		});
		const pairs = await twoPeriods(db, { dataset: illustrative2019.info.id, indicator: 'benefits_e_dossiers', periodA: '2019-01', periodB: '2019-09' });
		const fromSeries = [...new Set(series.map((p) => p.code))].map((code) => {
			const at = (period: string) => series.find((p) => p.code === code && p.period === period)!;
			const { electronic: ea, total: ta } = at('2019-01');
			const { electronic: eb, total: tb } = at('2019-09');
			return { code, a: { electronic: ea, total: ta }, b: { electronic: eb, total: tb } };
		});
		expect(pairs).toEqual(fromSeries);
		expect(periodChange(pairs).filter((r) => r.rankChange === null)).toEqual([]);
		// The page sums the series itself for any scope: for the nation it agrees with the query.
		expect(sumByPeriod(series)).toEqual(national.map(({ units: _units, ...rest }) => rest));
	});
});
