// How the progress page writes its figures: one set of formatters per locale and target kind.
import { parsePeriod } from '$lib/base/period';
import { formatPeriod } from '$lib/i18n/format';
import { formatCount, formatFixed, formatPercentHundredths } from '$lib/i18n/format';
import type { Locale } from '$lib/base/locale';
import type { PlainMessageKey, Translate } from '$lib/i18n/t';
import type { Progress } from '$lib/metrics/progress';
import { rateHundredths } from '$lib/base/rate';
import type { Status } from '$lib/metrics/status';

export type ProgressT = Translate;
export type FigureKind = 'rate' | 'count';

export const STATUS_KEY: Record<Status, PlainMessageKey> = {
	met: 'progress.statusMet',
	on_track: 'progress.statusOnTrack',
	at_risk: 'progress.statusAtRisk',
	off_track: 'progress.statusOffTrack',
	no_data: 'progress.statusNoData'
};

export function progressFormat(locale: Locale, kind: FigureKind, t: ProgressT) {
	const count = (n: number) => formatCount(n, locale);
	const pct = (h: number | null) => (h === null ? '—' : formatPercentHundredths(h, locale));
	const level = (h: number | null) => (h === null ? '—' : kind === 'rate' ? pct(h) : count(h));
	const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '');
	const signed = (h: number | null) => (h === null ? '—' : `${sign(h)}${formatFixed(Math.abs(h), 2, locale)}`);
	// Gaps and gains of a count target read like those of a rate target: signed, "−" for minus.
	const signedCount = (n: number) => `${sign(n)}${count(Math.abs(n))}`;
	return {
		count,
		pct,
		level,
		signed,
		gapText: (p: Progress) => (p.gap === null ? '—' : kind === 'rate' ? signed(p.gap) : signedCount(p.gap)),
		neededText: (p: Progress) => (p.neededPerMonth === null ? '—' : kind === 'rate' ? signed(p.neededPerMonth) : signedCount(p.neededPerMonth)),
		periodText: (id: string) => {
			const p = parsePeriod(id);
			return p ? formatPeriod(p, locale) : id;
		},
		exact: (e: number, total: number) => pct(rateHundredths({ electronic: e, total })),
		arrow: (move: number | null) => (move === null ? '' : move > 0 ? '▲' : move < 0 ? '▼' : '='),
		moveText: (move: number | null) => (move === null ? '—' : move === 0 ? t('progress.same') : `${move > 0 ? t('progress.up') : t('progress.down')} ${Math.abs(move)}`)
	};
}

export type ProgressFormat = ReturnType<typeof progressFormat>;
