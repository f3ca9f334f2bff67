import type { RawLogColumns } from '../data/rawlog/columns';
import { MAX_YEAR, MIN_YEAR } from '../data/rawlog/period';
import type { MalformedLine, RawGroup } from '../data/rawlog/summarise';
import type { Connector } from './connector';
import { sql, type Query } from './sql';

/**
 * The SQL of the raw-log import. DuckDB's own CSV reader scans each chunk of the log (a registered
 * file) and counts dossiers by month and by the raw texts of province, field and channel: a few
 * thousand groups for millions of rows, which TypeScript then resolves (src/lib/data/rawlog/summarise.ts).
 *
 * Values are bound as parameters. The only text built here is column names c0…cN, made from the
 * header's column count, never from the file's contents.
 */

export const GROUPS_TABLE = 'rawlog_groups';
export const REJECTS = 'rawlog_reject_errors';
export const SCANS = 'rawlog_reject_scans';

/** c0, c1, …: the names our queries give the log's columns, whatever its header says. */
export function columnName(index: number): string {
	if (!Number.isInteger(index) || index < 0) throw new Error(`not a column index: ${index}`);
	return `c${index}`;
}

function columnsStruct(count: number): string {
	return `{${Array.from({ length: count }, (_, i) => `'${columnName(i)}': 'VARCHAR'`).join(', ')}}`;
}

export interface ChunkScan {
	/** The registered file holding this chunk (data rows only, no header). */
	file: string;
	delimiter: string;
	columnCount: number;
	columns: RawLogColumns;
}

/**
 * Strict reading: a line with too many or too few fields or a broken quote is not guessed at but
 * set aside in the rejects table, with its line and text, so that it is counted and reported.
 */
function readChunk(scan: ChunkScan): Query {
	return {
		sql: `read_csv(?, header = false, delim = ?, quote = '"', escape = '"', auto_detect = false, strict_mode = true,
			columns = ${columnsStruct(scan.columnCount)}, store_rejects = true, rejects_table = '${REJECTS}', rejects_scan = '${SCANS}')`,
		params: [scan.file, scan.delimiter]
	};
}

// Mirrors monthOfDate() in src/lib/data/rawlog/period.ts: "2024-03-15", "2024/03/15", "15/03/2024",
// "15-03-2024", "15.03.2024", each optionally followed by a time; a real calendar day in the accepted
// years, else NULL. The unit tests run both on the same table of cases.
export const DATE_PART = String.raw`'^[ \t\r\n\f]*([^ \t\r\n\fT]*)'`;
const YMD = String.raw`'^([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})$'`;
const DMY = String.raw`'^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})$'`;

/** SELECT date_raw, month over a query whose rows have a column date_raw. */
export function withMonth(dates: Query): Query {
	return {
		sql: `
		SELECT date_raw,
			CASE
				WHEN y BETWEEN ? AND ? AND m BETWEEN 1 AND 12 AND dd >= 1 AND dd <= day(last_day(make_date(y, m, 1)))
				THEN printf('%04d-%02d', y, m)
			END AS month
		FROM (
			SELECT date_raw,
				TRY_CAST(coalesce(nullif(ymd.y, ''), nullif(dmy.y, '')) AS INTEGER) AS y,
				TRY_CAST(coalesce(nullif(ymd.m, ''), nullif(dmy.m, '')) AS INTEGER) AS m,
				TRY_CAST(coalesce(nullif(ymd.d, ''), nullif(dmy.d, '')) AS INTEGER) AS dd
			FROM (
				SELECT date_raw,
					regexp_extract(part, ${YMD}, ['y', 'm', 'd']) AS ymd,
					regexp_extract(part, ${DMY}, ['d', 'm', 'y']) AS dmy
				FROM (
					SELECT date_raw, regexp_extract(coalesce(date_raw, ''), ${DATE_PART}, 1) AS part
					FROM (${dates.sql})
				)
			)
		)`,
		params: [MIN_YEAR, MAX_YEAR, ...dates.params]
	};
}

/** The month ("2024-03" or NULL) DuckDB reads from each date text: for the tests that hold SQL and TypeScript to the same cases. */
export function monthsOfDatesQuery(dates: readonly string[]): Query {
	const values = dates.map(() => '(?)').join(', ');
	return withMonth({ sql: `SELECT col0 AS date_raw FROM (VALUES ${values})`, params: [...dates] });
}

export const CREATE_GROUPS = `CREATE OR REPLACE TEMP TABLE ${GROUPS_TABLE} (
	month VARCHAR, province VARCHAR, field VARCHAR, channel VARCHAR, dossiers BIGINT NOT NULL, bad_date VARCHAR)`;

/**
 * Counts one chunk's dossiers by month and raw texts and adds them to the running groups table.
 * The chunk's rows are materialised once; the month is worked out once per distinct date text (a
 * few hundred per chunk) and joined back, which is cheaper than three regular expressions per row.
 */
export function aggregateChunkQuery(scan: ChunkScan): Query {
	const c = scan.columns;
	// An empty cell is read as NULL; it becomes '' so that NULL keeps meaning "the log has no field column".
	const text = (i: number) => `coalesce(${columnName(i)}, '')`;
	const field = c.field === null ? 'NULL::VARCHAR' : text(c.field);
	const read = readChunk(scan);
	const months = withMonth({ sql: 'SELECT DISTINCT date_raw FROM r', params: [] });
	return {
		sql: `INSERT INTO ${GROUPS_TABLE}
		WITH r AS MATERIALIZED (
			SELECT ${text(c.date)} AS date_raw, ${text(c.province)} AS province, ${field} AS field, ${text(c.channel)} AS channel
			FROM ${read.sql}
		),
		d AS (${months.sql})
		SELECT d.month, r.province, r.field, r.channel, count(*) AS dossiers,
			CASE WHEN d.month IS NULL THEN min(r.date_raw) END AS bad_date
		FROM r JOIN d ON r.date_raw = d.date_raw
		GROUP BY d.month, r.province, r.field, r.channel`,
		params: [...read.params, ...months.params]
	};
}

/** Folds the running table onto one row per group, so that it stays small however many chunks come. */
export const COMPACT_GROUPS = `CREATE OR REPLACE TEMP TABLE ${GROUPS_TABLE} AS
	SELECT month, province, field, channel, sum(dossiers)::BIGINT AS dossiers, min(bad_date) AS bad_date
	FROM ${GROUPS_TABLE} GROUP BY month, province, field, channel`;

export const COUNT_GROUPED: Query = { sql: `SELECT coalesce(sum(dossiers), 0)::BIGINT AS rows FROM ${GROUPS_TABLE}`, params: [] };

/** Lines of the last chunk the reader set aside (a line may carry several errors: counted once). */
export const COUNT_REJECTED_LINES = `SELECT count(DISTINCT line)::BIGINT AS rows FROM ${REJECTS}`;
export const FIRST_REJECTED_LINES = `SELECT line, any_value(error_type) AS kind, any_value(csv_line) AS text FROM ${REJECTS} GROUP BY line ORDER BY line LIMIT 5`;
export const DROP_REJECTS = `DROP TABLE IF EXISTS ${REJECTS}; DROP TABLE IF EXISTS ${SCANS};`;
export const DROP_GROUPS = `DROP TABLE IF EXISTS ${GROUPS_TABLE};`;

/** The reader's rejected lines of the last chunk, then forgets them. Line numbers are the chunk's own. */
export async function takeRejectedLines(db: Connector): Promise<{ rows: number; examples: MalformedLine[] }> {
	const exists = await db.query<{ n: number }>(sql`SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = ${REJECTS}`);
	if (!exists[0]?.n) return { rows: 0, examples: [] };
	const [count] = await db.query<{ rows: number }>({ sql: COUNT_REJECTED_LINES, params: [] });
	const examples = count.rows
		? (await db.query<{ line: number; kind: string; text: string }>({ sql: FIRST_REJECTED_LINES, params: [] })).map((r) => ({
				line: Number(r.line),
				kind: r.kind,
				text: String(r.text ?? '').replace(/^[\r\n]+|[\r\n]+$/g, '')
			}))
		: [];
	await db.exec(DROP_REJECTS);
	return { rows: Number(count.rows), examples };
}

/** The distinct raw texts of the running table, per column: a few hundred at most, to classify in TypeScript. */
export async function distinctTexts(db: Connector): Promise<{ column: 'province' | 'field' | 'channel'; raw: string }[]> {
	return db.query({
		sql: `SELECT 'province' AS "column", province AS raw FROM ${GROUPS_TABLE} WHERE province IS NOT NULL GROUP BY province
			UNION ALL SELECT 'field', field FROM ${GROUPS_TABLE} WHERE field IS NOT NULL GROUP BY field
			UNION ALL SELECT 'channel', channel FROM ${GROUPS_TABLE} WHERE channel IS NOT NULL GROUP BY channel`,
		params: []
	});
}

/** The latest month of the running table ("2025-09"), or null when no date could be read. */
export async function latestMonth(db: Connector): Promise<string | null> {
	const [row] = await db.query<{ latest: string | null }>({ sql: `SELECT max(month) AS latest FROM ${GROUPS_TABLE}`, params: [] });
	return row?.latest ?? null;
}

export const CANON_TABLE = 'rawlog_canon';
export const CREATE_CANON = `CREATE OR REPLACE TEMP TABLE ${CANON_TABLE} ("column" VARCHAR, raw VARCHAR, canon VARCHAR)`;
export const INSERT_CANON = `INSERT INTO ${CANON_TABLE} VALUES (?, ?, ?)`;
export const DROP_CANON = `DROP TABLE IF EXISTS ${CANON_TABLE};`;

/** Inserts of the canonical texts, a few hundred rows per statement (one round trip each, not one per row). */
export function insertCanonQueries(rows: readonly (readonly [string, string, string])[], perStatement = 250): Query[] {
	const out: Query[] = [];
	for (let i = 0; i < rows.length; i += perStatement) {
		const part = rows.slice(i, i + perStatement);
		out.push({ sql: `INSERT INTO ${CANON_TABLE} VALUES ${part.map(() => '(?, ?, ?)').join(', ')}`, params: part.flat() });
	}
	return out;
}

/** The canonical-groups query of readCanonicalGroups; `keep` adds raw group columns kept as they are (", g.office"). */
export function canonicalGroupsSql(keep = ''): string {
	return `SELECT g.month,
				coalesce(p.canon, g.province) AS province,
				CASE WHEN g.field IS NULL THEN NULL ELSE coalesce(f.canon, g.field) END AS field,
				coalesce(c.canon, g.channel) AS channel${keep},
				sum(g.dossiers)::BIGINT AS dossiers, min(g.bad_date) AS bad_date
			FROM ${GROUPS_TABLE} g
			LEFT JOIN ${CANON_TABLE} p ON p."column" = 'province' AND p.raw = g.province
			LEFT JOIN ${CANON_TABLE} f ON f."column" = 'field' AND f.raw = g.field
			LEFT JOIN ${CANON_TABLE} c ON c."column" = 'channel' AND c.raw = g.channel
			GROUP BY ALL`;
}

/**
 * The running groups with each raw text replaced by its canonical text where one is known (a province
 * name by its code, a field by its indicator id, a channel by "electronic"/"paper"), summed again:
 * thousands of groups become about one per unit, period, field and channel, plus the rejected texts.
 */
export async function readCanonicalGroups(db: Connector): Promise<RawGroup[]> {
	const rows = await db.query<{ month: string | null; province: string | null; field: string | null; channel: string | null; dossiers: number; bad_date: string | null }>({
		sql: canonicalGroupsSql(),
		params: []
	});
	return rows.map((r) => ({ month: r.month, province: r.province, field: r.field, channel: r.channel, dossiers: Number(r.dossiers), badDate: r.bad_date }));
}
