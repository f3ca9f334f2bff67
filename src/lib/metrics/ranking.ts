import type { Province } from '../geo/types';
import { rankByRate, type RankOrder } from './rank';
import { meetsTarget } from './summary';

export interface UnitCounts {
	code: string;
	electronic: number;
	total: number;
}

/** One line of a ranking table, in display order: what the page, the CLI and the exports print. */
export interface RankingRow {
	/** STT: 1..n in display order. */
	position: number;
	/** Competition rank in this order (ties share it); null for a unit without a rate. */
	rank: number | null;
	code: string;
	name: string;
	kind: Province['kind'];
	region: string | null;
	electronic: number;
	total: number;
	rate: number | null;
	/** The rate in hundredths of a percent, half-up: the printed figure (22 → 0,22%). */
	rateHundredths: number | null;
	/** Whether the unit reaches the target; null when no target is set or the unit has no rate. */
	meetsTarget: boolean | null;
}

/**
 * Ranks the counts of a set of units (63 provinces or 34 units). Every count must belong to a
 * known unit: a code not in `units` is a programming error upstream (validation resolves names).
 */
export function buildRanking(
	counts: readonly UnitCounts[],
	units: readonly Province[],
	order: RankOrder,
	targetHundredths: number | null
): RankingRow[] {
	const byCode = new Map(units.map((u) => [u.code, u]));
	return rankByRate(counts, order).map((r) => {
		const unit = byCode.get(r.row.code);
		if (!unit) throw new Error(`unit code ${r.row.code} is not in the reference list`);
		return {
			position: r.position,
			rank: r.rank,
			code: unit.code,
			name: unit.name,
			kind: unit.kind,
			region: unit.region,
			electronic: r.row.electronic,
			total: r.row.total,
			rate: r.rate,
			rateHundredths: r.rateHundredths,
			meetsTarget: targetHundredths === null || r.row.total <= 0 ? null : meetsTarget(r.row, targetHundredths)
		};
	});
}
