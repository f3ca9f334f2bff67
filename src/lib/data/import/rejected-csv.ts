import Papa from 'papaparse';
import type { Locale } from '../../base/locale';
import type { ImportResult } from './build';
import { describeFinding } from './findings';
import { message } from '../../i18n/t';

/**
 * The rejected rows as CSV text for Excel (UTF-8 with BOM, comma separated): the row number, the
 * original cells under the file's own header, and the reasons, so the sender can fix and resend them.
 */
export function rejectedRowsCsv(result: ImportResult, labels: readonly string[], locale: Locale = 'vi'): string {
	const rejected = result.rows.filter((r) => r.status === 'rejected');
	const width = Math.max(labels.length, ...rejected.map((r) => r.cells.length));
	const header = [
		message(locale, 'finding.csvRow'),
		...Array.from({ length: width }, (_, j) => labels[j] || `#${j + 1}`),
		message(locale, 'finding.csvReason')
	];
	const body = rejected.map((r) => [
		String(r.row),
		...Array.from({ length: width }, (_, j) => r.cells[j] ?? ''),
		r.findings
			.filter((f) => f.severity === 'error')
			.map((f) => `${f.column ?? ''}: ${describeFinding(f, locale)}`)
			.join('; ')
	]);
	return '\uFEFF' + Papa.unparse([header, ...body], { newline: '\r\n', escapeFormulae: true });
}
