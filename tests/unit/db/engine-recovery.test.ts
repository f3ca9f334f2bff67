import { describe, expect, it } from 'vitest';
import { isEngineTrap } from '../../../src/lib/db/engine-trap';
import { createNodeConnector } from '../../../src/lib/db/node';
import { sql } from '../../../src/lib/db/sql';

describe('a failed query never leaves the engine broken', () => {
	it.each([
		[new Error('RuntimeError: memory access out of bounds'), true],
		[Object.assign(new Error('unreachable'), { name: 'RuntimeError' }), true],
		[new Error('Catalog Error: Table with name x does not exist!'), false],
		[new Error('Constraint Error: Duplicate key'), false]
	])('%s is a trap of the engine: %s', (error, trap) => {
		expect(isEngineTrap(error)).toBe(trap);
	});

	it('an ordinary SQL error leaves the connection usable', async () => {
		const db = await createNodeConnector();
		try {
			await expect(db.query(sql`SELECT * FROM missing_table`)).rejects.toThrow(/missing_table/);
			expect(await db.query(sql`SELECT 1 AS one`)).toEqual([{ one: 1 }]);
		} finally {
			await db.close();
		}
	});

	it('a 1,2 MB text value is stored and read back (the import rejects such cells before they get here)', async () => {
		const db = await createNodeConnector();
		try {
			await db.exec('CREATE TABLE t (s VARCHAR)');
			await db.runMany('INSERT INTO t VALUES (?)', [['x'.repeat(1_200_000)]]).catch(() => {});
			const rows = await db.query<{ n: number }>(sql`SELECT length(s) AS n FROM t`).catch(() => null);
			// Whatever the engine did with it, the next query works.
			expect(await db.query(sql`SELECT 2 AS two`)).toEqual([{ two: 2 }]);
			if (rows) expect(rows).toEqual([{ n: 1_200_000 }]);
		} finally {
			await db.close();
		}
	});
});
