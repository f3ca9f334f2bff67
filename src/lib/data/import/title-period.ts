import type { HeaderLayout } from './header';
import { periodFromText } from './period-text';
import type { SourceTable } from './table';

/** A period written in a title row above the table, proposed for a file without a period column. */
export interface TitlePeriod {
	period: string;
	/** Line (sheet row) of the title that states it. */
	line: number;
	text: string;
}

const PATTERNS: readonly RegExp[] = [
	/(?:đến|tính đến|den|as of)\s*(?:ngày|ngay)?\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})/iu,
	/(?:^|[\s(:])((?:quý|quy)\s*(?:[1-4]|i{1,3}|iv)\s*[/.-]?\s*(?:năm\s*)?\d{4})/iu,
	/(?:^|[\s(:])((?:tháng|thang)\s*\d{1,2}\s*[/.-]\s*(?:năm\s*)?\d{4})/iu,
	/^(?:kỳ báo cáo:?\s*)?((?:năm|nam)\s*\d{4})\.?$/iu
];

function periodInText(text: string): string | null {
	// A dateline ("Hà Nội, ngày 20 tháng 8 năm 2019") is when the letter was signed, not the figures' period.
	if (/ngày\s*\d{1,2}\s*tháng/iu.test(text) || text.length > 100) return null;
	for (const re of PATTERNS) {
		const m = re.exec(text.trim());
		if (m) {
			const period = periodFromText(m[1].replace(/\s*([/.-])\s*/g, '$1').replace(/^(quý|quy)\s*([ivIV]+|\d)[/.-]?/iu, 'quý $2/').replace(/\/\//g, '/'));
			if (period) return period;
		}
	}
	return null;
}

/**
 * The one period stated in the title rows (the rows before the header), or null when none is stated.
 * Two different periods there are no proposal at all: `conflict` lists them.
 */
export function periodFromTitle(table: SourceTable, layout: HeaderLayout): { found: TitlePeriod | null; conflict: TitlePeriod[] } {
	const end = layout.headerIndex < 0 ? Math.min(table.rows.length, 5) : layout.headerIndex;
	const found: TitlePeriod[] = [];
	for (let i = 0; i < end; i++) {
		// A merged title repeats its text in every cell it covers.
		const text = [...new Set(table.rows[i].filter(Boolean))].join(' ');
		const period = periodInText(text);
		if (period && !found.some((f) => f.period === period)) found.push({ period, line: table.rowNumbers[i], text });
	}
	return found.length === 1 ? { found: found[0], conflict: [] } : { found: null, conflict: found };
}
