import type { Connector } from './connector';
import type { UnitCounts } from '../metrics/ranking';
import { sql } from './sql';

export interface Selection {
	dataset: string;
	period: string;
	indicator: string;
}

/** Per-unit sums for one dataset, period and indicator: the input of every ranking. */
export function unitCountsQuery(s: Selection) {
	return sql`
		SELECT unit_code AS code, sum(electronic)::BIGINT AS electronic, sum(total)::BIGINT AS total
		FROM observation
		WHERE dataset = ${s.dataset} AND period = ${s.period} AND indicator = ${s.indicator}
		GROUP BY unit_code
		ORDER BY unit_code`;
}

export async function unitCounts(db: Connector, s: Selection): Promise<UnitCounts[]> {
	return db.query<UnitCounts & Record<string, unknown>>(unitCountsQuery(s));
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
