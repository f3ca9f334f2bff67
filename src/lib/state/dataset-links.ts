import type { Locale } from '../base/locale';

/** The pages that can show any dataset of the workspace, relative to the site root. */
export type DatasetPage = '' | 'progress/' | 'map/' | 'report/';

/** A link to one page showing one dataset: "/?dataset=imp-…", "/progress/?dataset=imp-…&lang=en". */
export function datasetHref(base: string, pagePath: DatasetPage, id: string, locale: Locale): string {
	const params = new URLSearchParams({ dataset: id });
	if (locale === 'en') params.set('lang', 'en');
	return `${base}/${pagePath}?${params}`;
}
