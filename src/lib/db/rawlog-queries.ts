import { MAX_YEAR, MIN_YEAR } from '../data/rawlog/period';
import type { RawGroup } from '../data/rawlog/summarise';
import type { Connector } from './connector';
import type { Query } from './sql';

/**
 * The tables and shared SQL of the raw-log import: the month of a date text (withMonth), and the
 * small queries over the groups that the one pass (./rawlog-sql.ts) leaves, which fold each raw text
 * into its canonical one for TypeScript to resolve (src/lib/data/rawlog/summarise.ts).
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

export const DROP_REJECTS = `DROP TABLE IF EXISTS ${REJECTS}; DROP TABLE IF EXISTS ${SCANS};`;
/** The groups folded to canonical texts with their office kept (readCanonicalGroupsAndOffices). */
const OFFICE_FOLD = 'rawlog_office_fold';
export const DROP_GROUPS = `DROP TABLE IF EXISTS ${GROUPS_TABLE}; DROP TABLE IF EXISTS ${OFFICE_FOLD};`;

/**
 * What the TypeScript classification needs from the running table, in one round trip: its distinct raw
 * texts per column (a few hundred at most) and its latest month ("2025-09", null when no date could be
 * read), which says whether the log's units are the 63 provinces or the 34 units.
 */
export async function groupTexts(db: Connector): Promise<{ latest: string | null; texts: { column: 'province' | 'field' | 'channel'; raw: string }[] }> {
	const rows = await db.query<{ column: 'latest' | 'province' | 'field' | 'channel'; raw: string | null }>({
		sql: `SELECT 'latest' AS "column", max(month) AS raw FROM ${GROUPS_TABLE}
			UNION ALL SELECT 'province', province FROM ${GROUPS_TABLE} WHERE province IS NOT NULL GROUP BY province
			UNION ALL SELECT 'field', field FROM ${GROUPS_TABLE} WHERE field IS NOT NULL GROUP BY field
			UNION ALL SELECT 'channel', channel FROM ${GROUPS_TABLE} WHERE channel IS NOT NULL GROUP BY channel`,
		params: []
	});
	const latest = rows.find((r) => r.column === 'latest')?.raw ?? null;
	const texts = rows.flatMap((r) => (r.column === 'latest' || r.raw === null ? [] : [{ column: r.column, raw: r.raw }]));
	return { latest, texts };
}

/** A raw text → its canonical text, for one column of the running table. */
export type CanonRow = readonly ['province' | 'field' | 'channel', string, string];

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const utf8 = new TextEncoder();

function hex(text: string): string {
	let out = '';
	for (const byte of utf8.encode(text)) out += HEX[byte];
	return out;
}

/**
 * The canonical texts as ONE bound value: "column:hex(raw):hex(canon)" joined by commas. Hex leaves
 * no character of a text (a comma, a colon, a quote, a line break) to be read as a separator, and
 * one value binds in one round trip where a table of a few hundred rows took a statement to create
 * it and one per 250 rows to fill it. canonTable() turns it back into rows, in SQL.
 */
export function canonParam(rows: readonly CanonRow[]): string {
	return rows.map(([column, raw, canon]) => `${column}:${hex(raw)}:${hex(canon)}`).join(',');
}

/** The rows of a canonParam() value as a table ("column", raw, canon): SQL for a CTE body, one placeholder. */
export function canonTable(): string {
	return `SELECT split_part(e, ':', 1) AS "column", decode(unhex(split_part(e, ':', 2))) AS raw, decode(unhex(split_part(e, ':', 3))) AS canon
		FROM (SELECT unnest(string_split(?, ',')) AS e) WHERE e <> ''`;
}

/** The canonical-groups query of readCanonicalGroups; `keep` adds raw group columns kept as they are (", g.office"). */
function canonicalGroupsQuery(canon: readonly CanonRow[], keep = ''): Query {
	return {
		sql: `WITH canon AS (${canonTable()})
			SELECT g.month,
				coalesce(p.canon, g.province) AS province,
				CASE WHEN g.field IS NULL THEN NULL ELSE coalesce(f.canon, g.field) END AS field,
				coalesce(c.canon, g.channel) AS channel${keep},
				sum(g.dossiers)::BIGINT AS dossiers, min(g.bad_date) AS bad_date
			FROM ${GROUPS_TABLE} g
			LEFT JOIN canon p ON p."column" = 'province' AND p.raw = g.province
			LEFT JOIN canon f ON f."column" = 'field' AND f.raw = g.field
			LEFT JOIN canon c ON c."column" = 'channel' AND c.raw = g.channel
			GROUP BY ALL`,
		params: [canonParam(canon)]
	};
}

/**
 * The running groups with each raw text replaced by its canonical text where one is known (a province
 * name by its code, a field by its indicator id, a channel by "electronic"/"paper"), summed again:
 * thousands of groups become about one per unit, period, field and channel, plus the rejected texts.
 */
export async function readCanonicalGroups(db: Connector, canon: readonly CanonRow[]): Promise<RawGroup[]> {
	return (await db.query<FoldedRow>(canonicalGroupsQuery(canon))).map(rawGroup);
}

export interface OfficeGroup extends RawGroup {
	office: string | null;
}

/**
 * For a log with an office column: the folded groups with the receiving office kept as the log names it,
 * and the same summed over offices (what readCanonicalGroups gives). The fold, the costly part (three
 * joins over every running group), runs once into a table; both answers are read from it.
 */
export async function readCanonicalGroupsAndOffices(db: Connector, canon: readonly CanonRow[]): Promise<{ groups: RawGroup[]; offices: OfficeGroup[] }> {
	const fold = canonicalGroupsQuery(canon, ', g.office');
	await db.query({ sql: `CREATE OR REPLACE TEMP TABLE ${OFFICE_FOLD} AS ${fold.sql}`, params: fold.params });
	const groups = await db.query<FoldedRow>({
		sql: `SELECT month, province, field, channel, sum(dossiers)::BIGINT AS dossiers, min(bad_date) AS bad_date FROM ${OFFICE_FOLD} GROUP BY ALL`,
		params: []
	});
	const offices = await db.query<FoldedRow>({ sql: `SELECT * FROM ${OFFICE_FOLD}`, params: [] });
	await db.exec(`DROP TABLE ${OFFICE_FOLD}`);
	return { groups: groups.map(rawGroup), offices: offices.map((r) => ({ ...rawGroup(r), office: r.office ?? null })) };
}

type FoldedRow = { month: string | null; province: string | null; field: string | null; channel: string | null; office?: string | null; dossiers: number; bad_date: string | null };

function rawGroup(r: FoldedRow): RawGroup {
	return { month: r.month, province: r.province, field: r.field, channel: r.channel, dossiers: Number(r.dossiers), badDate: r.bad_date };
}
