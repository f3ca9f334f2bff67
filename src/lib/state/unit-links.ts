import type { UnitSet } from '../geo/types';

/**
 * The address of a unit's page: /province/56/ for one of the 63 provinces, /unit34/56/ for one of the
 * 34 units (both prerendered). `query` ("?target=60&lang=en" or "") carries the shared view.
 */
export function unitHref(base: string, unitSet: UnitSet, code: string, query = ''): string {
	return `${base}/${unitSet === 34 ? 'unit34' : 'province'}/${code}/${query}`;
}

/**
 * One query string from several sets of parameters, later ones winning: "?target=60&dataset=imp-1", or
 * "" when there are none. Links between the unit pages, the map and the overview carry the dataset this way.
 */
export function joinQuery(...parts: (URLSearchParams | string)[]): string {
	const all = new URLSearchParams();
	for (const part of parts) for (const [key, value] of new URLSearchParams(part)) all.set(key, value);
	const text = all.toString();
	return text ? `?${text}` : '';
}

/** The parameters that name a dataset: ?dataset=ID, and ?indicator=ID when the link asks for one. */
export function datasetParams(id: string | null, indicator: string | null = null): URLSearchParams {
	const params = new URLSearchParams();
	if (id !== null) params.set('dataset', id);
	if (id !== null && indicator !== null) params.set('indicator', indicator);
	return params;
}
