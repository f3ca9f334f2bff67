/**
 * A reporting period, written as text so that it sorts and travels in URLs:
 * "2019" (year), "2019-Q3" (quarter), "2019-08" (month), "2019-08-20" (figures as of a date).
 */
export type PeriodKind = 'year' | 'quarter' | 'month' | 'asOf';

export interface Period {
	id: string;
	kind: PeriodKind;
	/** Last day covered, ISO: what periods are ordered by and what deadlines are compared with. */
	end: string;
}

function lastDayOfMonth(year: number, month: number): string {
	const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function parsePeriod(id: string): Period | null {
	let m = /^(\d{4})$/.exec(id);
	if (m) return { id, kind: 'year', end: `${m[1]}-12-31` };
	m = /^(\d{4})-Q([1-4])$/.exec(id);
	if (m) return { id, kind: 'quarter', end: lastDayOfMonth(Number(m[1]), Number(m[2]) * 3) };
	m = /^(\d{4})-(\d{2})$/.exec(id);
	if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { id, kind: 'month', end: lastDayOfMonth(Number(m[1]), Number(m[2])) };
	m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(id);
	if (m) {
		const d = new Date(`${id}T00:00:00Z`);
		if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === id) return { id, kind: 'asOf', end: id };
	}
	return null;
}

export function comparePeriods(a: Period, b: Period): number {
	return a.end < b.end ? -1 : a.end > b.end ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
