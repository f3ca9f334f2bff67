import type { Connector } from './connector';
import type { UnitCounts } from '../metrics/ranking';
import { sql } from './sql';

export interface Selection {
	dataset: string;
	period: string;
	indicator: string;
}

/**
 * Per-unit sums for one dataset, period and indicator: the input of every ranking.
 * With `toUnits34`, figures of the 63 provinces are summed onto the 34 units of 1 July 2025 through
 * the crosswalk table: numerators and denominators summed, never rates averaged.
 */
export function unitCountsQuery(s: Selection, { toUnits34 = false } = {}) {
	if (!toUnits34) {
		return sql`
		SELECT unit_code AS code, sum(electronic)::BIGINT AS electronic, sum(total)::BIGINT AS total
		FROM observation
		WHERE dataset = ${s.dataset} AND period = ${s.period} AND indicator = ${s.indicator}
		GROUP BY unit_code
		ORDER BY unit_code`;
	}
	return sql`
		SELECT c.new_code AS code, sum(o.electronic)::BIGINT AS electronic, sum(o.total)::BIGINT AS total
		FROM observation o JOIN crosswalk c ON c.old_code = o.unit_code
		WHERE o.dataset = ${s.dataset} AND o.period = ${s.period} AND o.indicator = ${s.indicator}
		GROUP BY c.new_code
		ORDER BY c.new_code`;
}

export async function unitCounts(db: Connector, s: Selection, options: { toUnits34?: boolean } = {}): Promise<UnitCounts[]> {
	return db.query<UnitCounts & Record<string, unknown>>(unitCountsQuery(s, options));
}

export interface PeriodIndicator {
	period: string;
	indicator: string;
	units: number;
}

/** The periods and indicators a dataset holds, with how many units report each. */
export function datasetContentsQuery(dataset: string) {
	return sql`
		SELECT period, indicator, count(*)::INTEGER AS units
		FROM observation
		WHERE dataset = ${dataset}
		GROUP BY period, indicator
		ORDER BY period, indicator`;
}

export async function datasetContents(db: Connector, dataset: string): Promise<PeriodIndicator[]> {
	return db.query<{ period: string; indicator: string; units: number }>(datasetContentsQuery(dataset));
}
