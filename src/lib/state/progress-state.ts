import { DEFAULT_LOCALE, isLocale, type Locale } from '../base/locale';

/** What a shared link to the progress page restores. Null fields take the page's defaults. */
export interface ProgressState {
	dataset: string | null;
	target: string | null;
	province: string | null;
	/** Period A (compared from) and B (compared to; progress is measured with figures up to B). */
	periodA: string | null;
	periodB: string | null;
	locale: Locale;
}

const KEYS = { dataset: 'dataset', target: 'target', province: 'province', periodA: 'a', periodB: 'b' } as const;

export function readProgressState(params: URLSearchParams): ProgressState {
	const lang = params.get('lang');
	const get = (k: keyof typeof KEYS) => {
		const v = params.get(KEYS[k]);
		return v && /^[A-Za-z0-9_.-]{1,80}$/.test(v) ? v : null;
	};
	return {
		dataset: get('dataset'),
		target: get('target'),
		province: get('province'),
		periodA: get('periodA'),
		periodB: get('periodB'),
		locale: isLocale(lang) ? lang : DEFAULT_LOCALE
	};
}

/** Only what is set goes into the link, in a fixed order. */
export function writeProgressState(state: ProgressState): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of Object.keys(KEYS) as (keyof typeof KEYS)[]) {
		const value = state[key];
		if (value) params.set(KEYS[key], value);
	}
	if (state.locale !== DEFAULT_LOCALE) params.set('lang', state.locale);
	return params;
}
