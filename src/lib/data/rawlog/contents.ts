import type { Observation } from '../observation';

export interface PeriodTotal {
	period: string;
	indicator: string;
	units: number;
	electronic: number;
	total: number;
}

/** Sums a dataset's observations per period and indicator, in period order: the import's summary table. */
export function periodTotals(observations: readonly Observation[]): PeriodTotal[] {
	const byKey = new Map<string, PeriodTotal>();
	for (const o of observations) {
		const key = `${o.period}|${o.indicator}`;
		let t = byKey.get(key);
		if (!t) byKey.set(key, (t = { period: o.period, indicator: o.indicator, units: 0, electronic: 0, total: 0 }));
		t.units++;
		t.electronic += o.electronic;
		t.total += o.total;
	}
	return [...byKey.values()].sort((a, b) => a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator));
}
