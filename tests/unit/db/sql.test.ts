import { describe, expect, it } from 'vitest';
import { join, sql } from '../../../src/lib/db/sql';

describe('sql template', () => {
	it('turns every value into a placeholder and a parameter', () => {
		const q = sql`SELECT * FROM t WHERE a = ${'x'} AND b = ${3} AND c IS ${null}`;
		expect(q).toEqual({ sql: 'SELECT * FROM t WHERE a = ? AND b = ? AND c IS ?', params: ['x', 3, null] });
	});
	it('splices nested fragments with their own parameters, in order', () => {
		const where = join([sql`a = ${1}`, sql`b = ${'two'}`], ' AND ');
		const q = sql`SELECT ${'first'} AS f FROM t WHERE ${where} LIMIT ${10}`;
		expect(q).toEqual({ sql: 'SELECT ? AS f FROM t WHERE a = ? AND b = ? LIMIT ?', params: ['first', 1, 'two', 10] });
	});
});
