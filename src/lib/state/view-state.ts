import { DEFAULT_LOCALE, isLocale, type Locale } from '../base/locale';
import type { RankOrder } from '../metrics/rank';

/** What a shared link must restore: the view of the overview page. */
export interface OverviewState {
	order: RankOrder;
	/** A region code, or null for the whole country. */
	region: string | null;
	/** Target in hundredths of a percent (8000 = 80%). */
	targetHundredths: number;
	locale: Locale;
}

export const DEFAULT_TARGET_HUNDREDTHS = 8000;

export const DEFAULT_OVERVIEW: OverviewState = {
	order: 'asc',
	region: null,
	targetHundredths: DEFAULT_TARGET_HUNDREDTHS,
	locale: DEFAULT_LOCALE
};

/**
 * Reads a percentage typed by a person, Vietnamese or English style: "80", "36,99", "36.99", "36,99%".
 * Returns hundredths of a percent, or null when it is not a rate from 0 to 100 with at most 2 decimals.
 */
export function parseTargetPercent(text: string): number | null {
	const m = /^\s*(\d{1,3})(?:[.,](\d{1,2}))?\s*%?\s*$/.exec(text);
	if (!m) return null;
	const hundredths = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
	return hundredths <= 10000 ? hundredths : null;
}

/** Unknown or malformed parameters fall back to the default, so any link opens a valid view. */
export function readOverviewState(params: URLSearchParams, regionCodes: ReadonlySet<string>): OverviewState {
	const order = params.get('order');
	const region = params.get('region');
	const target = params.get('target');
	const lang = params.get('lang');
	const parsedTarget = target === null ? null : parseTargetPercent(target);
	return {
		order: order === 'asc' || order === 'desc' ? order : DEFAULT_OVERVIEW.order,
		region: region !== null && regionCodes.has(region) ? region : null,
		targetHundredths: parsedTarget ?? DEFAULT_OVERVIEW.targetHundredths,
		locale: isLocale(lang) ? lang : DEFAULT_OVERVIEW.locale
	};
}

/** Only what differs from the default goes into the link, so the plain address is the default view. */
export function writeOverviewState(state: OverviewState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.order !== DEFAULT_OVERVIEW.order) params.set('order', state.order);
	if (state.region !== null) params.set('region', state.region);
	if (state.targetHundredths !== DEFAULT_OVERVIEW.targetHundredths) {
		params.set('target', (state.targetHundredths / 100).toString());
	}
	if (state.locale !== DEFAULT_OVERVIEW.locale) params.set('lang', state.locale);
	return params;
}
