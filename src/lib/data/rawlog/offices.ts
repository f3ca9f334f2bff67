import type { RawGroup } from './summarise';
import { summariseRawLog, type SummariseOptions } from './summarise';
import { officeLabel } from './office';

/** Dossiers counted for one receiving office in one unit (province, or unit of 1 July 2025), period and indicator. */
export interface OfficeObservation {
	/** The unit the office's dossiers count for: a 63-province code, or a 34-unit code for periods of the merged units. */
	unitCode: string;
	/** The office as the log names it (see officeLabel). */
	office: string;
	period: string;
	indicator: string;
	electronic: number;
	total: number;
}

export interface OfficeGroupInput extends RawGroup {
	office: string | null;
}

/**
 * Office-level counts with exactly the province-level rules: each office's groups go through
 * summariseRawLog, so a dossier rejected for the province (bad date, unknown province, channel…) is
 * rejected here too, and the offices of a unit add up to the unit. Offices of provinces merged on
 * 1 July 2025 fall under their new unit in periods of the 34 units, as their dossiers do.
 */
export function summariseOffices(groups: readonly OfficeGroupInput[], options: SummariseOptions): OfficeObservation[] {
	const byOffice = new Map<string, RawGroup[]>();
	for (const g of groups) {
		const office = officeLabel(g.office);
		let list = byOffice.get(office);
		if (!list) byOffice.set(office, (list = []));
		list.push(g);
	}
	const out: OfficeObservation[] = [];
	for (const [office, list] of byOffice) {
		const summary = summariseRawLog(list, { rows: 0, examples: [] }, options);
		for (const o of summary.dataset.observations) {
			out.push({ unitCode: o.unitCode, office, period: o.period, indicator: o.indicator, electronic: o.electronic, total: o.total });
		}
	}
	return out.sort(
		(a, b) => a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator) || a.unitCode.localeCompare(b.unitCode) || (a.office < b.office ? -1 : a.office > b.office ? 1 : 0)
	);
}
