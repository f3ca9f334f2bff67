import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/db/connector';
import { createNodeConnector } from '../../../src/lib/db/node';
import { progressFigures } from '../../../src/lib/db/progress-figures';
import { storeDataset } from '../../../src/lib/db/schema';
import type { DatasetInfo } from '../../../src/lib/data/observation';

const info = (id: string): DatasetInfo => ({ id, titleVi: id, titleEn: id, source: 's.csv', nature: 'real', unitSet: 63 });
const obs = (unitCode: string, period: string, indicator: string, electronic: number, total: number) => ({
	unitCode,
	period,
	indicator,
	electronic,
	total,
	statedRate: null,
	sourceName: null
});

describe('progress figures of a stored dataset, on a real DuckDB', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await createNodeConnector();
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
	});
	afterAll(() => db.close());

	it('every indicator, per unit and national (sum over sum), in period order', async () => {
		expect(await progressFigures(db, info('imp-a'))).toEqual({
			info: info('imp-a'),
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
		expect(await progressFigures(db, info('missing'))).toEqual({ info: info('missing'), series: {}, national: {} });
	});
});
