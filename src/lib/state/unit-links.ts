import type { UnitSet } from '../geo/types';

/**
 * The address of a unit's page: /province/56/ for one of the 63 provinces, /unit34/56/ for one of the
 * 34 units (both prerendered). `query` ("?target=60&lang=en" or "") carries the shared view.
 */
export function unitHref(base: string, unitSet: UnitSet, code: string, query = ''): string {
	return `${base}/${unitSet === 34 ? 'unit34' : 'province'}/${code}/${query}`;
}
