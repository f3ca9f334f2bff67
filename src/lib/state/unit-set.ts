import type { UnitSet } from '../geo/types';

/** The `units` URL parameter: "34" shows the 34 units of 1 July 2025; anything else the 63 provinces. */
export function readUnitSet(params: URLSearchParams): UnitSet {
	return params.get('units') === '34' ? 34 : 63;
}

/** Writes the unit set into a link's parameters; the default (63) leaves none. */
export function writeUnitSet(params: URLSearchParams, unitSet: UnitSet): URLSearchParams {
	const out = new URLSearchParams(params);
	if (unitSet === 34) out.set('units', '34');
	else out.delete('units');
	return out;
}
