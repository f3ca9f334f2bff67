/** How finely the dossiers of a log are counted. */
export type Granularity = 'month' | 'quarter' | 'year';

export const GRANULARITIES: readonly Granularity[] = ['month', 'quarter', 'year'];

/** Years a dossier date may fall in; others are typing errors ("0204", "2104") and are rejected. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2099;

// The date forms read, each with or without a time after a space or "T": ISO "2024-03-15",
// Vietnamese "15/03/2024", "15-03-2024", "15.03.2024", and "2024/03/15". Day before month, as in
// Vietnam: "03/04/2024" is 3 April. The same forms are read by the SQL of src/lib/db/rawlog-queries.ts.
const YMD = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
/** The date before any time: leading blanks skipped, up to a blank or "T". Mirrored in SQL, so ASCII blanks only. */
const DATE_PART = /^[ \t\r\n\f]*([^ \t\r\n\fT]*)/;

function daysIn(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month ("2024-03") of a dossier date, or null when the text is not a real calendar date in range. */
export function monthOfDate(raw: string): string | null {
	const datePart = DATE_PART.exec(raw)![1];
	let m = YMD.exec(datePart);
	let year: number, month: number, day: number;
	if (m) [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
	else if ((m = DMY.exec(datePart))) [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
	else return null;
	if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
	return `${year}-${String(month).padStart(2, '0')}`;
}

/** "2024-05" → "2024-05" (month), "2024-Q2" (quarter) or "2024" (year): the period ids of src/lib/data/period.ts. */
export function bucketMonth(month: string, granularity: Granularity): string {
	const year = month.slice(0, 4);
	switch (granularity) {
		case 'month':
			return month;
		case 'quarter':
			return `${year}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
		case 'year':
			return year;
	}
}
