import type { Connector } from './connector';
import type { UnitPair } from '../metrics/period-change';
import type { SeriesPoint } from '../metrics/progress';
import { sql } from './sql';

export interface SeriesSelection {
	dataset: string;
	indicator: string;
}

export interface UnitSeriesPoint extends SeriesPoint {
	code: string;
}

/** Every unit's figures in every period of one indicator: the input of progress charts and status. */
export function unitSeriesQuery(s: SeriesSelection) {
	return sql`
		SELECT unit_code AS code, period, sum(electronic)::BIGINT AS electronic, sum(total)::BIGINT AS total
		FROM observation
		WHERE dataset = ${s.dataset} AND indicator = ${s.indicator}
		GROUP BY unit_code, period
		ORDER BY unit_code, period`;
}

export async function unitSeries(db: Connector, s: SeriesSelection): Promise<UnitSeriesPoint[]> {
	return db.query<UnitSeriesPoint & Record<string, unknown>>(unitSeriesQuery(s));
}

export interface NationalPoint extends SeriesPoint {
	/** Units with figures in the period. */
	units: number;
}

/** The national series: sum of numerators over sum of denominators per period (weighted, never a mean of rates). */
export function nationalSeriesQuery(s: SeriesSelection) {
	return sql`
		SELECT period, sum(electronic)::BIGINT AS electronic, sum(total)::BIGINT AS total, count(DISTINCT unit_code)::INTEGER AS units
		FROM observation
		WHERE dataset = ${s.dataset} AND indicator = ${s.indicator}
		GROUP BY period
		ORDER BY period`;
}

export async function nationalSeries(db: Connector, s: SeriesSelection): Promise<NationalPoint[]> {
	return db.query<NationalPoint & Record<string, unknown>>(nationalSeriesQuery(s));
}

/** Each unit's figures in period A and period B side by side; a unit missing from one period has nulls there. */
export function twoPeriodsQuery(s: SeriesSelection & { periodA: string; periodB: string }) {
	return sql`
		WITH a AS (
			SELECT unit_code, sum(electronic)::BIGINT AS electronic, sum(total)::BIGINT AS total FROM observation
			WHERE dataset = ${s.dataset} AND indicator = ${s.indicator} AND period = ${s.periodA} GROUP BY unit_code
		), b AS (
			SELECT unit_code, sum(electronic)::BIGINT AS electronic, sum(total)::BIGINT AS total FROM observation
			WHERE dataset = ${s.dataset} AND indicator = ${s.indicator} AND period = ${s.periodB} GROUP BY unit_code
		)
		SELECT coalesce(a.unit_code, b.unit_code) AS code,
			a.electronic AS electronic_a, a.total AS total_a, b.electronic AS electronic_b, b.total AS total_b
		FROM a FULL OUTER JOIN b ON a.unit_code = b.unit_code
		ORDER BY code`;
}

export async function twoPeriods(db: Connector, s: SeriesSelection & { periodA: string; periodB: string }): Promise<UnitPair[]> {
	const rows = await db.query<{ code: string; electronic_a: number | null; total_a: number | null; electronic_b: number | null; total_b: number | null }>(
		twoPeriodsQuery(s)
	);
	return rows.map((r) => ({
		code: r.code,
		a: r.total_a === null ? null : { electronic: r.electronic_a ?? 0, total: r.total_a },
		b: r.total_b === null ? null : { electronic: r.electronic_b ?? 0, total: r.total_b }
	}));
}
