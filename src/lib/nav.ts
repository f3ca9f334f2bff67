import type { StringKey } from './i18n/strings';

/** The site's sections, in menu order. Paths are relative to the site root (no leading slash). */
export const NAV: readonly { path: string; label: StringKey }[] = [
	{ path: '', label: 'navOverview' },
	{ path: 'progress/', label: 'navProgress' },
	{ path: 'map/', label: 'navMap' },
	{ path: 'import/', label: 'navImport' },
	{ path: 'report/', label: 'navReport' },
	{ path: 'releases/', label: 'navReleases' },
	{ path: 'method/', label: 'navMethod' }
];
