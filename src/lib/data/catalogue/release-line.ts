import { message } from '../../i18n/t';
import { formatIsoDate } from '../../i18n/format';
import type { Locale } from '../../base/locale';
import type { CatalogueRelease } from './format';

/** What a page or an export needs to name the release it shows: plain data, a few bytes per period. */
export interface ReleaseCitation {
	/** ISO date of the publication (of this revision). */
	published: string;
	revision: number;
	/** The citation of the figures. */
	source: string;
}

/** The current release (latest revision) that holds a dataset's period and indicator; null if none does. */
export function releaseOf(releases: readonly CatalogueRelease[], dataset: string, period: string, indicator: string): CatalogueRelease | null {
	return releases.find((r) => r.dataset === dataset && r.supersededBy === null && r.covers.some((c) => c.period === period && c.indicator === indicator)) ?? null;
}

export function citationOf(release: CatalogueRelease | null): ReleaseCitation | null {
	return release && { published: release.published, revision: release.revision, source: release.source };
}

/** "Số liệu phát hành ngày 20/08/2019, bản 1" — the line every page and export prints under its figures. */
export function releaseText(release: Pick<ReleaseCitation, 'published' | 'revision'>, locale: Locale = 'vi'): string {
	const date = formatIsoDate(release.published);
	return message(locale, 'releases.line', { date, revision: release.revision });
}
