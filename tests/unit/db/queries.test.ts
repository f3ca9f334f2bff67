import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/observation';
import type { Connector } from '../../../src/lib/db/connector';
import { datasetContents, unitCounts, unitCountsQuery } from '../../../src/lib/db/queries';
import { QueryError } from '../../../src/lib/db/query-error';
import { storeDataset } from '../../../src/lib/db/schema';
import { engineWith } from '../fixtures/engine';
import { observation as obs } from '../fixtures/observation';
import { sql } from '../../../src/lib/db/sql';

const info = { id: 'test', titleVi: 't', titleEn: 't', source: 's', nature: 'illustrative', unitSet: 63 } as const;

describe('queries on a real DuckDB (the WASM engine, blocking build)', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await engineWith({ info, observations: [obs('01', '2019', 1, 10), obs('02', '2019', 5, 10), obs('01', '2020', 7, 10)] }, { crosswalk: false });
	});
	afterAll(() => db.close());

	it('sums counts per unit for one period and indicator', async () => {
		expect(await unitCounts(db, { dataset: 'test', period: '2019', indicator: 'benefits_e_dossiers' })).toEqual([
			{ code: '01', electronic: 1, total: 10 },
			{ code: '02', electronic: 5, total: 10 }
		]);
	});

	it('lists periods and indicators with their unit counts', async () => {
		expect(await datasetContents(db, 'test')).toEqual([
			{ period: '2019', indicator: 'benefits_e_dossiers', units: 2 },
			{ period: '2020', indicator: 'benefits_e_dossiers', units: 1 }
		]);
	});

	it('binds values as parameters: a quote in a value is data, not SQL', async () => {
		const hostile = "test' OR '1'='1";
		const q = unitCountsQuery({ dataset: hostile, period: '2019', indicator: 'benefits_e_dossiers' });
		expect(q.sql).not.toContain(hostile);
		expect(q.params).toContain(hostile);
		expect(await db.query(q)).toEqual([]);
	});

	it('carries the SQL and the values in a failed query', async () => {
		const failing = sql`SELECT * FROM no_such_table WHERE x = ${42}`;
		const error = await db.query(failing).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(QueryError);
		expect((error as QueryError).sql).toBe(failing.sql);
		expect((error as QueryError).params).toEqual([42]);
		expect((error as QueryError).message).toMatch(/no_such_table[\s\S]*-- query:[\s\S]*-- params: \[42\]/);
	});

	it('stores a dataset atomically: a bad row leaves the previous copy untouched', async () => {
		const bad: Dataset = { info, observations: [obs('01', '2019', 99, 100), obs('02', '2019', 11, 10)] };
		await expect(storeDataset(db, bad)).rejects.toBeInstanceOf(QueryError);
		expect(await unitCounts(db, { dataset: 'test', period: '2019', indicator: 'benefits_e_dossiers' })).toEqual([
			{ code: '01', electronic: 1, total: 10 },
			{ code: '02', electronic: 5, total: 10 }
		]);
	});
});

describe('the 63 → 34 crosswalk in SQL', () => {
	let db: Connector;
	beforeAll(async () => {
		const crosswalk = new Map([['56', '56'], ['58', '56'], ['01', '01']]);
		db = await engineWith({ info, observations: [obs('56', '2019', 2138, 91489), obs('58', '2019', 7397, 15234), obs('01', '2019', 0, 168121)] }, { crosswalk });
	});
	afterAll(() => db.close());

	it('sums numerators and denominators of merged provinces (Khánh Hòa = 56 + 58)', async () => {
		expect(await unitCounts(db, { dataset: 'test', period: '2019', indicator: 'benefits_e_dossiers' }, { toUnits34: true })).toEqual([
			{ code: '01', electronic: 0, total: 168121 },
			{ code: '56', electronic: 2138 + 7397, total: 91489 + 15234 }
		]);
	});
});
