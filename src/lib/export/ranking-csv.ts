import Papa from 'papaparse';
import type { RankingRow } from '../metrics/ranking';

/**
 * The ranking as machine-readable CSV: plain digits, "." as the decimal mark, the rate rounded
 * half-up to 2 decimals as printed in the appendix. For people, the page and the document exports
 * use Vietnamese formats; scripts get numbers they can compute with.
 */
export function rankingCsv(rows: readonly RankingRow[], unitName: (row: RankingRow) => string): string {
	return Papa.unparse(
		{
			fields: ['stt', 'rank', 'province_code', 'unit', 'electronic', 'total', 'rate_percent'],
			data: rows.map((r) => [
				r.position,
				r.rank ?? '',
				r.code,
				unitName(r),
				r.electronic,
				r.total,
				r.rateHundredths === null ? '' : (r.rateHundredths / 100).toFixed(2)
			])
		},
		{ newline: '\n' }
	) + '\n';
}
