import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/db/connector';
import { createNodeConnector } from '../../../src/lib/db/node';
import { progressFigures } from '../../../src/lib/db/progress-figures';
import { storeCrosswalk, storeDataset } from '../../../src/lib/db/schema';
import { UnitSetError } from '../../../src/lib/db/series';
import { embedded } from '../../../src/lib/data/embedded';
import type { DatasetInfo } from '../../../src/lib/data/observation';
import { knownUnits as known, observation } from '../fixtures/observation';

const { crosswalk } = embedded.reference;

const info = (id: string): DatasetInfo => ({ id, titleVi: id, titleEn: id, source: 's.csv', nature: 'real', unitSet: 63 });
const obs = (unitCode: string, period: string, indicator: string, electronic: number, total: number) => observation(unitCode, period, electronic, total, indicator);

describe('progress figures of a stored dataset, on a real DuckDB', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await createNodeConnector();
		await storeCrosswalk(db, crosswalk);
		await storeDataset(db, {
			info: info('imp-a'),
			observations: [
				obs('02', '2019-02', 'benefits_e_dossiers', 30, 100),
				obs('01', '2019-01', 'benefits_e_dossiers', 10, 100),
				obs('01', '2019-02', 'benefits_e_dossiers', 20, 100),
				obs('02', '2019-01', 'benefits_e_dossiers', 0, 0),
				obs('01', '2019-02', 'participation_e_dossiers', 70, 100)
			]
		});
		// Another dataset in the same engine must not leak into the first.
		await storeDataset(db, { info: info('imp-b'), observations: [obs('01', '2019-01', 'benefits_e_dossiers', 99, 100)] });
		// Across the merger: Hà Giang (02) and Tuyên Quang (08) form the unit Tuyên Quang (08) from 1 July 2025.
		await storeDataset(db, {
			info: info('imp-merger'),
			observations: [
				obs('02', '2025-06', 'benefits_e_dossiers', 10, 100),
				obs('08', '2025-06', 'benefits_e_dossiers', 20, 100),
				obs('01', '2025-06', 'benefits_e_dossiers', 5, 10),
				obs('08', '2025-09', 'benefits_e_dossiers', 50, 200),
				obs('01', '2025-09', 'benefits_e_dossiers', 6, 10)
			]
		});
		await storeDataset(db, { info: info('imp-bad'), observations: [obs('02', '2025-09', 'benefits_e_dossiers', 1, 2)] });
	});
	afterAll(() => db.close());

	it('every indicator, per unit and national (sum over sum), in period order', async () => {
		expect(await progressFigures(db, info('imp-a'), known)).toEqual({
			info: info('imp-a'),
			unitSet: 63,
			series: {
				benefits_e_dossiers: [
					{ code: '01', period: '2019-01', electronic: 10, total: 100 },
					{ code: '01', period: '2019-02', electronic: 20, total: 100 },
					{ code: '02', period: '2019-01', electronic: 0, total: 0 },
					{ code: '02', period: '2019-02', electronic: 30, total: 100 }
				],
				participation_e_dossiers: [{ code: '01', period: '2019-02', electronic: 70, total: 100 }]
			},
			national: {
				benefits_e_dossiers: [
					{ period: '2019-01', electronic: 10, total: 100, units: 2 },
					{ period: '2019-02', electronic: 50, total: 200, units: 2 }
				],
				participation_e_dossiers: [{ period: '2019-02', electronic: 70, total: 100, units: 1 }]
			}
		});
	});

	it('a dataset the engine does not hold has no figures', async () => {
		expect(await progressFigures(db, info('missing'), known)).toEqual({ info: info('missing'), unitSet: 63, series: {}, national: {} });
	});

	it('periods on both sides of 1 July 2025 meet on the 34 units (counts summed, never rates)', async () => {
		const f = await progressFigures(db, info('imp-merger'), known);
		expect(f.unitSet).toBe(34);
		expect(f.series.benefits_e_dossiers).toEqual([
			{ code: '01', period: '2025-06', electronic: 5, total: 10 },
			{ code: '01', period: '2025-09', electronic: 6, total: 10 },
			{ code: '08', period: '2025-06', electronic: 30, total: 200 },
			{ code: '08', period: '2025-09', electronic: 50, total: 200 }
		]);
		expect(f.national.benefits_e_dossiers.map((n) => [n.period, n.electronic, n.total])).toEqual([
			['2025-06', 35, 210],
			['2025-09', 56, 210]
		]);
	});

	it('a code that is not one of its period’s units is an error naming both', async () => {
		const error = await progressFigures(db, info('imp-bad'), known).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(UnitSetError);
		expect((error as Error).message).toContain('period 2025-09: code 02');
	});
});
