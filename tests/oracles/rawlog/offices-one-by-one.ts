import type { OfficeGroupInput, OfficeObservation } from '../../../src/lib/data/rawlog/offices';
import { officeLabel } from '../../../src/lib/data/rawlog/office';
import { summariseRawLog, type RawGroup, type SummariseOptions } from '../../../src/lib/data/rawlog/summarise';

/**
 * The definition of office-level counts, as summariseOffices was first written: each office's groups
 * through summariseRawLog on their own, its observations labelled with the office. Slow (every office
 * resolves the same province texts again) and plainly right: the oracle of the one-pass version.
 */
export function summariseOfficesOneByOne(groups: readonly OfficeGroupInput[], options: SummariseOptions): OfficeObservation[] {
	const byOffice = new Map<string, RawGroup[]>();
	for (const g of groups) {
		const office = officeLabel(g.office);
		let list = byOffice.get(office);
		if (!list) byOffice.set(office, (list = []));
		list.push(g);
	}
	const out: OfficeObservation[] = [];
	for (const [office, list] of byOffice) {
		for (const o of summariseRawLog(list, { rows: 0, examples: [] }, options).dataset.observations) {
			out.push({ unitCode: o.unitCode, office, period: o.period, indicator: o.indicator, electronic: o.electronic, total: o.total });
		}
	}
	return out.sort(
		(a, b) => a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator) || a.unitCode.localeCompare(b.unitCode) || (a.office < b.office ? -1 : a.office > b.office ? 1 : 0)
	);
}
