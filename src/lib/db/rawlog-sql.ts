import { MAX_YEAR, MIN_YEAR } from '../data/rawlog/period';
import type { Connector } from './connector';
import { columnName, DATE_PART, GROUPS_TABLE, REJECTS, SCANS, withMonth } from './rawlog-queries';
import type { Param, Query } from './sql';

/**
 * THE aggregation of a raw dossier log, in one pass of DuckDB's reader over the whole file (or files):
 * the page runs it in DuckDB-WASM over the user's File, `cli aggregate` in native DuckDB over a glob of
 * CSV or Parquet files, and the README shows how to run it where logs live (a DuckDB server over
 * Parquet partitions; ClickHouse, Trino, Spark SQL). Core SQL only: no extension is needed for CSV.
 *
 * Two levels: rows are first counted by the raw texts of date-before-time, province, field, channel
 * and office (a hash aggregate, the only step that sees every row); the month is then read once per
 * distinct date text and the counts summed again by month. The result (rawlog_groups) is small: one
 * row per month and raw spelling, which TypeScript classifies (src/lib/data/rawlog/summarise.ts).
 */

export type ScanSource =
	| {
			format: 'csv';
			/** Paths DuckDB reads: a registered name in the browser, files on disk in Node. */
			files: readonly string[];
			delimiter: ',' | ';' | '\t';
			/** Lines before the first data row (BOM line, comments, header), skipped in every file. */
			skip: number;
			/** Columns of the header: every row is read into exactly these, as text. */
			columnCount: number;
			/** Bytes DuckDB reads at a time (default: its own, 32 MB); the page reads 4 MiB at a time so that progress moves. */
			bufferBytes?: number;
			/**
			 * 'mixed': the file ends some lines with LF and others with CRLF, which DuckDB's strict reader
			 * refuses. It is then read leniently, one column wider and padded, and a row of the wrong width
			 * is marked `malformed` in the groups (see onePassGroupsQuery) instead of being set aside.
			 */
			lineEnds?: 'mixed';
	  }
	| { format: 'parquet'; files: readonly string[]; names: readonly string[] };

/** Positions of the columns that matter; field and office may be absent. */
export interface ScanColumns {
	date: number;
	province: number;
	field: number | null;
	channel: number;
	office: number | null;
}

const DELIMITERS = [',', ';', '\t'];

function placeholders(n: number): string {
	return Array.from({ length: n }, () => '?').join(', ');
}

function identifier(name: string): string {
	return `"${name.replace(/"/g, '""')}"`;
}

/**
 * A FROM clause giving every data row with its columns as text c0, c1, … (CSV) or the named Parquet
 * columns cast to text. Strict CSV reading: a line with too many or too few fields, a broken quote or
 * bytes that are not UTF-8 is not guessed at but stored in the rejects table with its line.
 */
export function scanFrom(source: ScanSource, columns: ScanColumns): { from: Query; column: (i: number) => string; malformed: string | null } {
	if (source.files.length === 0) throw new Error('no file to read');
	if (source.format === 'parquet') {
		const names = source.names;
		return {
			from: { sql: `read_parquet([${placeholders(source.files.length)}])`, params: [...source.files] },
			column: (i) => `CAST(${identifier(names[i])} AS VARCHAR)`,
			malformed: null
		};
	}
	if (!DELIMITERS.includes(source.delimiter)) throw new Error(`not a delimiter: ${JSON.stringify(source.delimiter)}`);
	if (!Number.isInteger(source.columnCount) || source.columnCount < 1) throw new Error(`not a column count: ${source.columnCount}`);
	const mixed = source.lineEnds === 'mixed';
	const width = source.columnCount + (mixed ? 1 : 0);
	const struct = `{${Array.from({ length: width }, (_, i) => `'${columnName(i)}': 'VARCHAR'`).join(', ')}}`;
	void columns;
	const buffer = source.bufferBytes === undefined ? '' : `, buffer_size = ${Math.max(2 ** 22, Math.trunc(source.bufferBytes))}`;
	// Lenient reading pads short rows with NULL and keeps one column more than the header: an empty
	// cell reads as '' (nullstr is a control character no log holds), so NULL marks a missing field.
	const strictness = mixed ? `strict_mode = false, null_padding = true, nullstr = '\u0001'` : 'strict_mode = true';
	return {
		from: {
			sql: `read_csv([${placeholders(source.files.length)}], header = false, skip = ?, delim = ?, quote = '"', escape = '"',
				auto_detect = false, ${strictness}, columns = ${struct},
				store_rejects = true, rejects_table = '${REJECTS}', rejects_scan = '${SCANS}'${buffer})`,
			params: [...source.files, source.skip, source.delimiter]
		},
		column: columnName,
		malformed: mixed ? `(${columnName(source.columnCount)} IS NOT NULL OR ${columnName(source.columnCount - 1)} IS NULL)` : null
	};
}

/**
 * The first day of the month of a date written "2024-03-15" or "15/03/2024" (then a space, a T, a
 * tab or nothing), as a DATE; NULL for anything else, which then goes the slow way (withMonth) and
 * gets the same answer: these are dates withMonth accepts (years 20xx, a real calendar day, checked
 * by DuckDB's date cast), and their ten characters are exactly the date part it reads.
 *
 * Cheap per row on purpose: LIKE patterns (no regular expression, no substring list) and one date
 * cast; the month is a DATE (a 4-byte group key) and becomes text only after grouping.
 */
function fastMonthSql(c: string): string {
	if (MIN_YEAR !== 2000 || MAX_YEAR !== 2099) throw new Error('fastMonthSql assumes the years 2000–2099');
	const ends = (pattern: string) => ['', ' %', 'T%', '\t%'].map((tail) => `${c} LIKE '${pattern}${tail}'`).join(' OR ');
	const dmyIso = `substr(${c}, 7, 4) || '-' || substr(${c}, 4, 2) || '-' || left(${c}, 2)`;
	return `CASE WHEN ${ends('20__-__-__')} THEN date_trunc('month', TRY_CAST(left(${c}, 10) AS DATE))
		WHEN ${ends('__/__/20__')} THEN date_trunc('month', TRY_CAST(${dmyIso} AS DATE))
	END`;
}

/**
 * Creates rawlog_groups (month, province, field, channel, office, dossiers, bad_date) in one pass of
 * the reader; a lenient read (mixed line ends) adds `malformed`, true for rows of the wrong width.
 */
export function onePassGroupsQuery(source: ScanSource, columns: ScanColumns): Query {
	const { from, column, malformed } = scanFrom(source, columns);
	const text = (i: number) => `coalesce(${column(i)}, '')`;
	const date = column(columns.date);
	const field = columns.field === null ? 'NULL::VARCHAR' : text(columns.field);
	const office = columns.office === null ? 'NULL::VARCHAR' : text(columns.office);
	const months = withMonth({ sql: `SELECT DISTINCT date_key AS date_raw FROM raw WHERE fast_month IS NULL`, params: [] });
	const shape = malformed === null ? '' : `, ${malformed} AS malformed`;
	const keep = `raw.province, raw.field, raw.channel, raw.office${malformed === null ? '' : ', raw.malformed'}`;
	return {
		sql: `CREATE OR REPLACE TEMP TABLE ${GROUPS_TABLE} AS
		WITH fast AS (
			SELECT *, ${fastMonthSql(date)} AS fast_month FROM ${from.sql}
		),
		raw AS MATERIALIZED (
			SELECT fast_month,
				CASE WHEN fast_month IS NULL THEN regexp_extract(${text(columns.date)}, ${DATE_PART}, 1) END AS date_key,
				min(${text(columns.date)}) FILTER (WHERE fast_month IS NULL) AS date_raw,
				${text(columns.province)} AS province, ${field} AS field, ${text(columns.channel)} AS channel, ${office} AS office${shape},
				count(*) AS dossiers
			FROM fast
			GROUP BY fast_month, date_key, province, field, channel, office${malformed === null ? '' : ', malformed'}
		),
		d AS (${months.sql})
		SELECT coalesce(strftime(raw.fast_month, '%Y-%m'), d.month) AS month, ${keep}, sum(raw.dossiers)::BIGINT AS dossiers,
			CASE WHEN coalesce(strftime(raw.fast_month, '%Y-%m'), d.month) IS NULL THEN min(raw.date_raw) END AS bad_date
		FROM raw LEFT JOIN d ON raw.date_key = d.date_raw
		GROUP BY coalesce(strftime(raw.fast_month, '%Y-%m'), d.month), ${keep}`,
		params: [...from.params, ...months.params]
	};
}

/** After a lenient read: the rows of the wrong width, taken out of the groups. */
export async function takeMalformedGroups(db: Connector): Promise<number> {
	const [row] = await db.query<{ rows: number | null }>({ sql: `SELECT sum(dossiers)::BIGINT AS rows FROM ${GROUPS_TABLE} WHERE malformed`, params: [] });
	await db.exec(`DELETE FROM ${GROUPS_TABLE} WHERE malformed`);
	return Number(row?.rows ?? 0);
}

/** Whether the rejects table of a scan exists (the counts and checks below read it only then). */
async function hasRejects(db: Connector): Promise<boolean> {
	const [row] = await db.query<{ n: number }>({ sql: `SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = ?`, params: [REJECTS] });
	return Boolean(row?.n);
}

/**
 * Data rows the reader set aside, counted once per line, with the first five. DuckDB's `line` counts
 * records (it drifts from the file's lines after a quoted line break), so each example also gives the
 * byte where its line starts, from which the caller counts the physical line.
 */
export async function readRejects(db: Connector): Promise<{ rows: number; examples: { line: number; position: number; kind: string; text: string; file: string }[] }> {
	if (!(await hasRejects(db))) return { rows: 0, examples: [] };
	// One round trip: the count of lines rides on each of the first five (none: nothing was set aside).
	const examples = await db.query<{ rows: number; line: number; position: number; kind: string; text: string; file: string }>({
		sql: `SELECT count(*) OVER ()::BIGINT AS rows, e.line, min(e.line_byte_position) AS position, any_value(e.error_type) AS kind, any_value(e.csv_line) AS text, any_value(s.file_path) AS file
			FROM ${REJECTS} e LEFT JOIN ${SCANS} s ON s.scan_id = e.scan_id AND s.file_id = e.file_id
			GROUP BY e.scan_id, e.file_id, e.line ORDER BY e.file_id, e.line LIMIT 5`,
		params: []
	});
	return {
		rows: Number(examples[0]?.rows ?? 0),
		examples: examples.map((r) => ({ line: Number(r.line), position: Number(r.position), kind: String(r.kind), text: String(r.text ?? '').replace(/^[\r\n]+|[\r\n]+$/g, ''), file: String(r.file ?? '') }))
	};
}

/**
 * Whether the reader ended the scan outside any quoted field, as far as its rejects tell: only rows of
 * the wrong width were set aside. A scan that ends inside quotes (a cut that fell in a quoted field)
 * sets its last record aside as an UNQUOTED VALUE; other kinds (bad UTF-8, an overlong line) might
 * hide one, so they count against it too.
 */
export async function endedOutsideQuotes(db: Connector): Promise<boolean> {
	if (!(await hasRejects(db))) return true;
	const [row] = await db.query<{ n: number }>({ sql: `SELECT count(*)::INTEGER AS n FROM ${REJECTS} WHERE error_type NOT IN (?, ?)`, params: ['MISSING COLUMNS', 'TOO MANY COLUMNS'] });
	return Number(row?.n ?? 0) === 0;
}

/**
 * The query as one text, for an engine call that takes no bound values (DuckDB-WASM's cancellable
 * `send`). Only values we made ourselves may be inlined: registered file names, the delimiter, small
 * integers. Anything else (a path typed by someone) is refused: bind it instead.
 */
export function inlineVetted(query: Query): string {
	const parts = query.sql.split('?');
	if (parts.length - 1 !== query.params.length) throw new Error(`placeholders (${parts.length - 1}) and values (${query.params.length}) differ`);
	const literal = (p: Param): string => {
		if (typeof p === 'number' && Number.isSafeInteger(p)) return String(p);
		if (typeof p === 'string' && (/^[A-Za-z0-9_.-]{1,80}$/.test(p) || DELIMITERS.includes(p))) return p === '\t' ? `'\t'` : `'${p}'`;
		throw new Error(`refusing to inline ${JSON.stringify(p)}`);
	};
	return parts.reduce((acc, part, i) => acc + literal(query.params[i - 1]) + part);
}
