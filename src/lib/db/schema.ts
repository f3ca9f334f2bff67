import type { Connector } from './connector';
import { inTransaction } from './connector';
import type { Dataset } from '../data/observation';

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS observation (
	dataset VARCHAR NOT NULL,
	unit_code VARCHAR NOT NULL,
	period VARCHAR NOT NULL,
	indicator VARCHAR NOT NULL,
	electronic BIGINT NOT NULL CHECK (electronic >= 0),
	total BIGINT NOT NULL CHECK (total >= 0),
	stated_rate DOUBLE,
	source_name VARCHAR,
	PRIMARY KEY (dataset, unit_code, period, indicator),
	CHECK (electronic <= total)
);
CREATE TABLE IF NOT EXISTS crosswalk (
	old_code VARCHAR PRIMARY KEY,
	new_code VARCHAR NOT NULL
);
`;

export async function ensureSchema(db: Connector): Promise<void> {
	await db.exec(SCHEMA);
}

/** Stores the 63 → 34 crosswalk (old province code → new unit code), replacing any earlier copy. */
export async function storeCrosswalk(db: Connector, crosswalk: ReadonlyMap<string, string>): Promise<void> {
	await ensureSchema(db);
	await inTransaction(db, async () => {
		await db.exec('DELETE FROM crosswalk');
		await db.runMany('INSERT INTO crosswalk VALUES (?, ?)', [...crosswalk.entries()]);
	});
}

/** Stores a dataset's observations in one transaction, replacing any earlier copy of the same dataset. */
export async function storeDataset(db: Connector, dataset: Dataset): Promise<void> {
	await ensureSchema(db);
	await inTransaction(db, async () => {
		await db.runMany('DELETE FROM observation WHERE dataset = ?', [[dataset.info.id]]);
		// Many rows per statement (bound parameters still): one round trip to the browser's DuckDB worker per
		// chunk, not per row, so a period's history (thousands of rows) goes in within a fraction of a second.
		const rows = dataset.observations.map((o) => [dataset.info.id, o.unitCode, o.period, o.indicator, o.electronic, o.total, o.statedRate, o.sourceName]);
		for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
			const chunk = rows.slice(i, i + INSERT_CHUNK);
			await db.runMany(`INSERT INTO observation VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`, [chunk.flat()]);
		}
	});
}

/** Rows per INSERT statement in storeDataset. */
export const INSERT_CHUNK = 500;
