import { unitSetOfPeriod } from '../../geo/crosswalk';
import type { Reference } from '../../geo/reference';
import { createResolver, type ProvinceResolver } from '../../geo/resolve';

/**
 * The 34 units of 1 July 2025, for logs that reach that date: dossiers dated from then on name the new
 * units; those before name the 63 provinces, and are summed onto the new units (through the crosswalk)
 * only when they fall in a period that ends after the merger (the year 2025).
 */
export interface Units34 {
	resolver: ProvinceResolver;
	/** Old province code → code of the unit it merged into. */
	crosswalk: ReadonlyMap<string, string>;
	/** Codes → names of the 34 units, for suggestions. */
	nameOf?: (code: string) => string;
}

export type UnitOfRow =
	| { ok: true; code: string }
	| { ok: false; reason: 'unknown' | 'ambiguous'; suggestions: string[]; unitSet: 63 | 34 };

/**
 * The unit a log row counts for: its province text read against the units of its month (63 before
 * July 2025, 34 from then on), carried onto the units of its period. Without `units34`, always the 63.
 * A 63-province name in a month of the 34 units is refused with the unit it merged into as suggestion,
 * never guessed: the table import does the same.
 */
export function unitOfRow(text: string, month: string, period: string, resolver63: ProvinceResolver, units34?: Units34): UnitOfRow {
	if (!units34) {
		const r = resolver63.resolve(text);
		return r.ok ? r : { ...r, unitSet: 63 };
	}
	if (unitSetOfPeriod(month) === 34) {
		const r = units34.resolver.resolve(text);
		if (r.ok) return r;
		const old = resolver63.resolve(text);
		const merged = old.ok ? units34.crosswalk.get(old.code) : undefined;
		const suggestions = merged ? [merged, ...r.suggestions.filter((s) => s !== merged)] : r.suggestions;
		return { ok: false, reason: r.reason, suggestions, unitSet: 34 };
	}
	const r = resolver63.resolve(text);
	if (!r.ok) return { ...r, unitSet: 63 };
	if (unitSetOfPeriod(period) !== 34) return r;
	const merged = units34.crosswalk.get(r.code);
	return merged ? { ok: true, code: merged } : { ok: false, reason: 'unknown', suggestions: [], unitSet: 34 };
}

/**
 * A text that stands for `raw` whatever the month: the unit code when the 63 and the 34 sets read `raw`
 * as the same code ("Hà Nội" → "01"), else null (keep the raw text: "Hà Giang" is a province before July
 * 2025 and no unit after). Lets DuckDB fold spellings together before the rows are read by month.
 */
export function canonicalProvince(raw: string, resolver63: ProvinceResolver, units34?: Units34): string | null {
	const r = resolver63.resolve(raw);
	if (!r.ok) return null;
	if (!units34) return r.code;
	const n = units34.resolver.resolve(raw);
	return n.ok && n.code === r.code ? r.code : null;
}

/** The 34 units of a reference, ready for the raw-log import. */
export function units34Of(reference: Pick<Reference, 'units34' | 'crosswalk'>): Units34 {
	const names = new Map(reference.units34.map((u) => [u.code, u.name]));
	return { resolver: createResolver(reference.units34), crosswalk: reference.crosswalk, nameOf: (code) => names.get(code) ?? code };
}
