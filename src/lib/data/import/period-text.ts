import { unitSetOfPeriod } from '../../geo/crosswalk';
import { parsePeriod } from '../../base/period';

/**
 * A period as people write it, to the period id: "2019", "Năm 2019", "Q3/2019", "Quý III/2019",
 * "2019-Q3", "08/2019", "Tháng 8/2019", "2019-08", "20/08/2019", "2019-08-20". Null when not a period.
 */
export function periodFromText(raw: string): string | null {
	const s = raw
		.normalize('NFC')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/^(năm|nam|year|kỳ|ky|đến ngày|đến|den ngay|as of)\s*/u, '')
		.trim();
	if (parsePeriod(s.toUpperCase())) return s.toUpperCase();
	let m = /^(?:quý|quy|q)\s*([1-4]|i{1,3}|iv)\s*[/\-. ]\s*(?:năm\s*)?(\d{4})$/u.exec(s);
	if (m) return `${m[2]}-Q${roman(m[1])}`;
	m = /^(\d{4})\s*[-/ ]\s*q([1-4])$/.exec(s);
	if (m) return `${m[1]}-Q${m[2]}`;
	m = /^(?:tháng|thang|month)?\s*(\d{1,2})\s*[/\-.]\s*(?:năm\s*)?(\d{4})$/u.exec(s);
	if (m && Number(m[1]) >= 1 && Number(m[1]) <= 12) return `${m[2]}-${m[1].padStart(2, '0')}`;
	m = /^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$/.exec(s);
	if (m) {
		const id = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
		return parsePeriod(id) ? id : null;
	}
	return null;
}

function roman(q: string): string {
	return { i: '1', ii: '2', iii: '3', iv: '4' }[q] ?? q;
}

/** From 1 July 2025 the units are the 34 of the merger (Nghị quyết 202/2025/QH15). */
export function usesUnits34(periodId: string): boolean {
	return unitSetOfPeriod(periodId) === 34;
}
