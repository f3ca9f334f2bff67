import type { PlainMessageKey } from './i18n/t';

/** The site's sections, in menu order. Paths are relative to the site root (no leading slash). */
export const NAV: readonly { path: string; label: PlainMessageKey }[] = [
	{ path: '', label: 'app.navOverview' },
	{ path: 'progress/', label: 'app.navProgress' },
	{ path: 'map/', label: 'app.navMap' },
	{ path: 'import/', label: 'app.navImport' },
	{ path: 'report/', label: 'app.navReport' },
	{ path: 'releases/', label: 'app.navReleases' },
	{ path: 'method/', label: 'app.navMethod' }
];
