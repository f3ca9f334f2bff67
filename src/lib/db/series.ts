import { comparePeriods, parsePeriod } from '../base/period';
import type { Connector } from './connector';
import { sql } from './sql';
import { unitSetOfPeriod } from '../geo/crosswalk';
import type { UnitSet } from '../geo/types';
import type { UnitCounts } from '../metrics/ranking';

export interface SeriesSelection {
	dataset: string;
	indicator: string;
}

export interface PeriodCounts {
	period: string;
	/** The unit set the counts are written in (before: as stored; after: as asked). */
	counts: UnitCounts[];
}

export interface Series {
	unitSet: UnitSet;
	/** Periods in time order, each on the asked unit set. */
	periods: PeriodCounts[];
	/** Periods left out because they cannot be shown on the asked set (34-unit figures asked as 63 provinces). */
	excluded: string[];
}

/** The unit codes each period of a dataset's indicator holds, as stored. */
export function storedCodesQuery(s: SeriesSelection) {
	return sql`
		SELECT DISTINCT period, unit_code AS code
		FROM observation
		WHERE dataset = ${s.dataset} AND indicator = ${s.indicator}
		ORDER BY period, code`;
}

/**
 * Per-period, per-unit sums of an indicator. On 34 units every period goes through the crosswalk:
 * an old province code maps to its new unit, and a new unit's code maps to itself (each unit keeps
 * the code of its host province), so periods before and after 1 July 2025 land on the same 34 units.
 * A LEFT JOIN keeps a code the crosswalk lacks, as a NULL unit, so that it is reported, not dropped.
 */
export function seriesCountsQuery(s: SeriesSelection, unitSet: UnitSet) {
	if (unitSet === 63) {
		return sql`
		SELECT period, unit_code AS code, sum(electronic)::BIGINT AS electronic, sum(total)::BIGINT AS total
		FROM observation
		WHERE dataset = ${s.dataset} AND indicator = ${s.indicator}
		GROUP BY period, unit_code
		ORDER BY period, code`;
	}
	return sql`
		SELECT o.period, c.new_code AS code, sum(o.electronic)::BIGINT AS electronic, sum(o.total)::BIGINT AS total
		FROM observation o LEFT JOIN crosswalk c ON c.old_code = o.unit_code
		WHERE o.dataset = ${s.dataset} AND o.indicator = ${s.indicator}
		GROUP BY o.period, c.new_code
		ORDER BY o.period, code`;
}

/** A dataset whose codes do not fit the unit set of their period: named so that it can be fixed. */
export class UnitSetError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'UnitSetError';
	}
}

/**
 * The whole series of a dataset's indicator on one consistent unit set. Periods before 1 July 2025
 * are in the 63 province codes, later ones in the 34 unit codes; on 34 units both are shown (the old
 * figures summed through the crosswalk: numerators and denominators, never rates), on 63 provinces
 * the later periods cannot be split back and are listed in `excluded`. A code that does not belong to
 * its period's set is an error naming the period and the code.
 */
export async function seriesCounts(
	db: Connector,
	s: SeriesSelection,
	unitSet: UnitSet,
	known: { codes63: ReadonlySet<string>; codes34: ReadonlySet<string> }
): Promise<Series> {
	const stored = await db.query<{ period: string; code: string }>(storedCodesQuery(s));
	const setOf = new Map<string, UnitSet>();
	for (const { period, code } of stored) {
		const set = unitSetOfPeriod(period);
		if (set === null) throw new UnitSetError(`dataset ${s.dataset}: "${period}" is not a period`);
		setOf.set(period, set);
		const codes = set === 63 ? known.codes63 : known.codes34;
		if (!codes.has(code)) {
			throw new UnitSetError(
				`dataset ${s.dataset}, period ${period}: code ${code} is not one of the ${set === 63 ? '63 provinces (before 1 July 2025)' : '34 units (from 1 July 2025)'}`
			);
		}
	}
	const rows = await db.query<UnitCounts & { period: string } & Record<string, unknown>>(seriesCountsQuery(s, unitSet));
	const byPeriod = new Map<string, UnitCounts[]>();
	const excluded: string[] = [];
	for (const { period, code, electronic, total } of rows) {
		if (unitSet === 63 && setOf.get(period) === 34) {
			if (!excluded.includes(period)) excluded.push(period);
			continue;
		}
		if (code === null) throw new UnitSetError(`dataset ${s.dataset}, period ${period}: a code has no 34-unit in the crosswalk`);
		if (!byPeriod.has(period)) byPeriod.set(period, []);
		byPeriod.get(period)!.push({ code, electronic, total });
	}
	const periods = [...byPeriod.entries()].map(([period, counts]) => ({ period, counts }));
	periods.sort((a, b) => comparePeriodIds(a.period, b.period));
	return { unitSet, periods, excluded };
}

function comparePeriodIds(a: string, b: string): number {
	return comparePeriods(parsePeriod(a)!, parsePeriod(b)!);
}
