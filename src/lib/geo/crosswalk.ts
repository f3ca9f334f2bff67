import { parsePeriod } from '../base/period';
import type { Reference } from './reference';
import type { MergedUnit, Province, UnitSet } from './types';

/** The 34 provincial units exist from this day (Nghị quyết 202/2025/QH15). */
export const MERGER_DATE = '2025-07-01';

/**
 * The unit set a period's figures are written in: a period that ends before 1 July 2025 reports
 * the 63 provinces; one that ends on or after it reports the 34 units (a year 2025 figure is taken as
 * the new units'). Null for a text that is not a period.
 */
export function unitSetOfPeriod(periodId: string): UnitSet | null {
	const period = parsePeriod(periodId);
	if (!period) return null;
	return period.end < MERGER_DATE ? 63 : 34;
}

/** The units of a set: the 63 provinces or the 34 merged units. */
export function unitsOf(reference: Reference, unitSet: UnitSet): readonly Province[] {
	return unitSet === 34 ? reference.units34 : reference.provinces;
}

/** The 34-unit that an old province belongs to. */
export function unitOfProvince(reference: Reference, oldCode: string): MergedUnit | undefined {
	const code = reference.crosswalk.get(oldCode);
	return code === undefined ? undefined : reference.units34.find((u) => u.code === code);
}

/**
 * The 34 units have no official region list. For peers, a unit is placed in the region of the old
 * province that hosts its centre (same code): an unofficial grouping the page labels as such.
 */
export function hostRegion(reference: Reference, unitCode: string): string | null {
	return reference.provinces.find((p) => p.code === unitCode)?.region ?? null;
}
