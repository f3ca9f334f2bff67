import { onMount } from 'svelte';
import { page } from '$app/state';
import { isLocale, type Locale } from '$lib/base/locale';
import { translate } from '$lib/i18n/t';

/**
 * The language of a page without URL state of its own (import, releases, method): prerendered in Vietnamese,
 * ?lang=en read once the page is live (the layout's convention). Call it while the page is set up.
 */
export function pageLocale() {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	const locale = $derived<Locale>(mounted && isLocale(page.url.searchParams.get('lang')) ? (page.url.searchParams.get('lang') as Locale) : 'vi');
	const t = $derived(translate(locale));
	return {
		/** Whether the page is live (hydrated). */
		get mounted() {
			return mounted;
		},
		get locale() {
			return locale;
		},
		get t() {
			return t;
		}
	};
}
