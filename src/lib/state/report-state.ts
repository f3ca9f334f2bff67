import { DEFAULT_LOCALE, isLocale, type Locale } from '../base/locale';
import type { RankOrder } from '../metrics/rank';
import { DEFAULT_TARGET_HUNDREDTHS, parseTargetPercent } from './view-state';

/** The report page's choices that a shared link restores (the letter's text stays in the browser). */
export interface ReportState {
	dataset: string;
	/** null: the dataset's latest period / first indicator. */
	period: string | null;
	indicator: string | null;
	order: RankOrder;
	units: 63 | 34;
	targetHundredths: number;
	highlight: boolean;
	locale: Locale;
}

export const DEFAULT_DATASET = 'cv3040-2019';

export const DEFAULT_REPORT: ReportState = {
	dataset: DEFAULT_DATASET,
	period: null,
	indicator: null,
	order: 'asc',
	units: 63,
	targetHundredths: DEFAULT_TARGET_HUNDREDTHS,
	highlight: false,
	locale: DEFAULT_LOCALE
};

export function readReportState(params: URLSearchParams): ReportState {
	const order = params.get('order');
	const target = params.get('target');
	const lang = params.get('lang');
	return {
		dataset: params.get('dataset') || DEFAULT_REPORT.dataset,
		period: params.get('period') || null,
		indicator: params.get('indicator') || null,
		order: order === 'asc' || order === 'desc' ? order : DEFAULT_REPORT.order,
		units: params.get('units') === '34' ? 34 : 63,
		targetHundredths: (target === null ? null : parseTargetPercent(target)) ?? DEFAULT_REPORT.targetHundredths,
		highlight: params.get('highlight') === '1',
		locale: isLocale(lang) ? lang : DEFAULT_REPORT.locale
	};
}

/** Only what differs from the default goes into the link. */
export function writeReportState(state: ReportState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.dataset !== DEFAULT_REPORT.dataset) params.set('dataset', state.dataset);
	if (state.indicator !== null) params.set('indicator', state.indicator);
	if (state.period !== null) params.set('period', state.period);
	if (state.order !== DEFAULT_REPORT.order) params.set('order', state.order);
	if (state.units !== DEFAULT_REPORT.units) params.set('units', String(state.units));
	if (state.targetHundredths !== DEFAULT_REPORT.targetHundredths) params.set('target', (state.targetHundredths / 100).toString());
	if (state.highlight) params.set('highlight', '1');
	if (state.locale !== DEFAULT_REPORT.locale) params.set('lang', state.locale);
	return params;
}
