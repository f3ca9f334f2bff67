import type { Param } from './sql';

/** A failed query, carrying the SQL and the bound values so that the failure can be reproduced. */
export class QueryError extends Error {
	readonly sql: string;
	readonly params: readonly Param[];

	constructor(sql: string, params: readonly Param[], cause: unknown) {
		const reason = cause instanceof Error ? cause.message : String(cause);
		super(`${reason}\n-- query:\n${sql}${params.length ? `\n-- params: ${JSON.stringify(params, (_k, v) => (typeof v === 'bigint' ? v.toString() : v))}` : ''}`, { cause });
		this.name = 'QueryError';
		this.sql = sql;
		this.params = params;
	}
}
