import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../../src/lib/db/connector';
import { createNodeConnector } from '../../../src/lib/db/node';
import { datasetContents, unitCounts } from '../../../src/lib/db/queries';
import { storeDataset } from '../../../src/lib/db/schema';
import type { Dataset, Observation } from '../../../src/lib/data/observation';

const obs = (unitCode: string, electronic: number, total: number): Observation => ({
	unitCode,
	period: '2019',
	indicator: 'benefits_e_dossiers',
	electronic,
	total,
	statedRate: null,
	sourceName: null
});
const info = { id: 'imp-test', titleVi: 't', titleEn: 't', source: 's', nature: 'real' as const, unitSet: 63 as const };

describe('an import goes into DuckDB as one transaction', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await createNodeConnector();
	});
	afterAll(async () => db.close());

	it('a failed import (a row DuckDB refuses halfway) leaves the previous data untouched', async () => {
		const first: Dataset = { info, observations: [obs('01', 1, 2), obs('02', 3, 4)] };
		await storeDataset(db, first);
		const selection = { dataset: info.id, period: '2019', indicator: 'benefits_e_dossiers' };
		const before = await unitCounts(db, selection);
		expect(before).toEqual([
			{ code: '01', electronic: 1, total: 2 },
			{ code: '02', electronic: 3, total: 4 }
		]);
		// The third row breaks the table's CHECK (electronic <= total) after two rows went in.
		const broken: Dataset = { info, observations: [obs('01', 9, 9), obs('04', 1, 1), obs('06', 5, 4)] };
		await expect(storeDataset(db, broken)).rejects.toThrow();
		expect(await unitCounts(db, selection)).toEqual(before);
		expect(await datasetContents(db, info.id)).toEqual([{ period: '2019', indicator: 'benefits_e_dossiers', units: 2 }]);
		// And the connection is usable afterwards.
		await storeDataset(db, { info, observations: [obs('01', 2, 2)] });
		expect(await unitCounts(db, selection)).toEqual([{ code: '01', electronic: 2, total: 2 }]);
	});
});
