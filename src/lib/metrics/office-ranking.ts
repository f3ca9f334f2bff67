import { periodChange, type PeriodChange } from './period-change';
import { rankByRate, type RankOrder } from './rank';

/** Counts of one office (as the log names it) in one period. */
export interface OfficeCounts {
	office: string;
	electronic: number;
	total: number;
}

export interface OfficeRankingRow {
	/** STT: 1..n in display order. */
	position: number;
	/** Competition rank (ties share it, the next skips); null for an office without dossiers. */
	rank: number | null;
	office: string;
	electronic: number;
	total: number;
	rate: number | null;
	rateHundredths: number | null;
	/** Change from the earlier period, when one is given (rank change: positive = moved up). */
	change: Pick<PeriodChange, 'rateA' | 'delta' | 'rankA' | 'rankChange'> | null;
}

/**
 * The offices of one unit ranked with the province rules (src/lib/metrics/rank.ts): exact rates,
 * ties share a rank, ties shown larger denominator first then by name. With `earlier`, each office
 * also carries its rate and rank in that period and the change (src/lib/metrics/period-change.ts).
 */
export function rankOffices(current: readonly OfficeCounts[], order: RankOrder, earlier?: readonly OfficeCounts[]): OfficeRankingRow[] {
	const rows = current.map((c) => ({ code: c.office, electronic: c.electronic, total: c.total }));
	let changes: Map<string, PeriodChange> | null = null;
	if (earlier) {
		const before = new Map(earlier.map((e) => [e.office, e]));
		const now = new Map(current.map((c) => [c.office, c]));
		const names = [...new Set([...before.keys(), ...now.keys()])];
		changes = new Map(periodChange(names.map((code) => ({ code, a: before.get(code) ?? null, b: now.get(code) ?? null }))).map((p) => [p.code, p]));
	}
	return rankByRate(rows, order).map((r) => {
		const c = changes?.get(r.row.code);
		return {
			position: r.position,
			rank: r.rank,
			office: r.row.code,
			electronic: r.row.electronic,
			total: r.row.total,
			rate: r.rate,
			rateHundredths: r.rateHundredths,
			change: c ? { rateA: c.rateA, delta: c.delta, rankA: c.rankA, rankChange: c.rankChange } : null
		};
	});
}

/** The office counts of one unit and period from office observations (summed over indicators only when asked). */
export function officeCountsOf(
	observations: readonly { unitCode: string; office: string; period: string; indicator: string; electronic: number; total: number }[],
	unitCode: string,
	period: string,
	indicator: string
): OfficeCounts[] {
	return observations
		.filter((o) => o.unitCode === unitCode && o.period === period && o.indicator === indicator)
		.map((o) => ({ office: o.office, electronic: o.electronic, total: o.total }));
}
