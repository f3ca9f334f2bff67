import { formatFixed } from '../../i18n/format';
import type { Locale } from '../../base/locale';
import { changeColumns, flags, improvedDeclined, rankChangeSymbol, type FlagId, type PeriodCounts } from '../../metrics/monitoring';
import type { PeriodChange } from '../../metrics/period-change';
import { rankByRate } from '../../metrics/rank';
import { rateHundredths } from '../../base/rate';

/** One line of the overview's change columns: plain data, formatted by the section. */
export interface ChangeRow {
	code: string;
	name: string;
	rate: number | null;
	rank: number | null;
	previous: { delta: number | null; rankChange: number | null } | null;
	yearStart: { delta: number | null; rankChange: number | null } | null;
	flags: FlagId[];
}

export interface ChangeView {
	period: string;
	previous: string | null;
	yearStart: string | null;
	/** Against the previous period; null when there is none. */
	counts: ReturnType<typeof improvedDeclined> | null;
	/** Best first (rank, then name); units without a rate last. */
	rows: ChangeRow[];
}

const pick = (changes: PeriodChange[] | null, code: string) => {
	const c = changes?.find((x) => x.code === code);
	return c ? { delta: c.delta, rankChange: c.rankChange } : null;
};

/** The overview's change columns from plain arrays: every published period's counts, the unit names, the target per period. */
export function changeView(series: readonly PeriodCounts[], period: string, names: ReadonlyMap<string, string>, targetOf: (period: string) => number | null): ChangeView {
	const columns = changeColumns(series, period);
	const flagged = flags(series, period, targetOf);
	const now = series.find((p) => p.period === period)!;
	const current = new Map((columns.vsPrevious ?? columns.vsYearStart ?? []).map((c) => [c.code, c]));
	const rows = now.counts.map((u): ChangeRow => {
		const c = current.get(u.code);
		const rate = rateHundredths(u);
		return {
			code: u.code,
			name: names.get(u.code) ?? u.code,
			rate,
			rank: c?.rankB ?? null,
			previous: columns.vsPrevious ? pick(columns.vsPrevious, u.code) : null,
			yearStart: columns.vsYearStart ? pick(columns.vsYearStart, u.code) : null,
			flags: flagged.get(u.code) ?? []
		};
	});
	// Without a period to compare with, the rank is still shown: best first, ties shared.
	if (!columns.vsPrevious && !columns.vsYearStart) {
		const ranks = new Map(rankByRate(now.counts.filter((c) => c.total > 0), 'desc').map((r) => [r.row.code, r.rank]));
		for (const r of rows) r.rank = ranks.get(r.code) ?? null;
	}
	rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.name.localeCompare(b.name, 'vi'));
	return { period, previous: columns.previous, yearStart: columns.yearStart, counts: columns.vsPrevious ? improvedDeclined(columns.vsPrevious) : null, rows };
}

/** A change of rate in points, signed: +0,32 / −1,05 / 0,00; — without a comparison. */
export function signedPoints(hundredths: number | null, locale: Locale): string {
	if (hundredths === null) return '—';
	const text = formatFixed(Math.abs(hundredths), 2, locale);
	return hundredths > 0 ? `+${text}` : hundredths < 0 ? `−${text}` : text;
}

export { rankChangeSymbol };
