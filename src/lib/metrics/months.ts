/** Month number of an ISO date (year × 12 + month): whole calendar months between two dates are a difference. */
export function monthNumber(iso: string): number {
	return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
}

/**
 * Months left to reach a target, counted in whole calendar months from the month of the last
 * figures to the month of the deadline: figures of 2019-09 and a deadline of 31/12/2019 leave 3
 * (October, November, December). Zero or less means the deadline has been reached.
 */
export function monthsLeft(asOfEnd: string, deadline: string): number {
	return monthNumber(deadline) - monthNumber(asOfEnd);
}

/** A date as a point on a month axis, fractional within the month (31/12/2019 → 2019·12 + 12). */
export function monthPosition(iso: string): number {
	const year = Number(iso.slice(0, 4));
	const month = Number(iso.slice(5, 7));
	const day = Number(iso.slice(8, 10));
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return year * 12 + month - 1 + day / daysInMonth;
}
