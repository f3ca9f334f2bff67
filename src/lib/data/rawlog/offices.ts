import type { RawGroup } from './summarise';
import { groupJudge, type SummariseOptions } from './summarise';
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
 * Office-level counts with exactly the province-level rules: every group is judged by groupJudge, as
 * summariseRawLog judges it, so a dossier rejected for the province (bad date, unknown province,
 * channel…) is rejected here too, and the offices of a unit add up to the unit. Offices of provinces
 * merged on 1 July 2025 fall under their new unit in periods of the 34 units, as their dossiers do.
 * One pass over the groups (a log kept per office folds to tens of thousands of them): before, each
 * office went through summariseRawLog on its own, resolving the same province texts again each time.
 */
export function summariseOffices(groups: readonly OfficeGroupInput[], options: SummariseOptions): OfficeObservation[] {
	const judge = groupJudge(options);
	const cells = new Map<string, OfficeObservation>();
	const labels = new Map<string | null, string>();
	for (const g of groups) {
		const fate = judge(g);
		if (!fate.counted) continue;
		let office = labels.get(g.office);
		if (office === undefined) labels.set(g.office, (office = officeLabel(g.office)));
		const key = `${office}\u0000${fate.unitCode}\u0000${fate.period}\u0000${fate.indicator}`;
		let cell = cells.get(key);
		if (!cell) cells.set(key, (cell = { unitCode: fate.unitCode, office, period: fate.period, indicator: fate.indicator, electronic: 0, total: 0 }));
		cell.total += g.dossiers;
		if (fate.electronic) cell.electronic += g.dossiers;
	}
	return [...cells.values()].sort(
		(a, b) => a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator) || a.unitCode.localeCompare(b.unitCode) || (a.office < b.office ? -1 : a.office > b.office ? 1 : 0)
	);
}
