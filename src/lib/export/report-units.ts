import { unitSetOfPeriod } from '../geo/crosswalk';

/** Which units a report of one period prints, and whether the 63 provinces' figures are summed onto the 34 units. */
export interface ReportUnits {
	units: 63 | 34;
	/** Query with `unitCounts(…, { toUnits34: true })`. */
	toUnits34: boolean;
	/** The period is on the 34 units already (from 1 July 2025): the 63/34 choice does not apply. */
	fixed: boolean;
}

/**
 * A period from 1 July 2025 is reported on the 34 units as it stands; an earlier one on the 63 provinces,
 * or summed onto the 34 units when asked. A period id that is not a period falls back to the dataset's set.
 */
export function reportUnits(periodId: string, datasetUnitSet: 63 | 34, wanted: 63 | 34): ReportUnits {
	const set = unitSetOfPeriod(periodId) ?? datasetUnitSet;
	if (set === 34) return { units: 34, toUnits34: false, fixed: true };
	return { units: wanted, toUnits34: wanted === 34, fixed: false };
}
