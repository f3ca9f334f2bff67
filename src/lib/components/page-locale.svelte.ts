import { onMount } from 'svelte';
import { page } from '$app/state';
import { isLocale, type Locale } from '$lib/base/locale';
import { translate } from '$lib/i18n/t';

/**
 * The language of a page without URL state of its own (import, releases, method): prerendered in Vietnamese,
 * ?lang=en read once the page is live (the layout's convention). Made while the page is set up.
 */
class PageLocale {
	/** Whether the page is live (hydrated). */
	mounted = $state(false);
	locale = $derived<Locale>(this.mounted && isLocale(page.url.searchParams.get('lang')) ? (page.url.searchParams.get('lang') as Locale) : 'vi');
	t = $derived(translate(this.locale));
	constructor() {
		onMount(() => {
			this.mounted = true;
		});
	}
}

export const pageLocale = (): PageLocale => new PageLocale();
