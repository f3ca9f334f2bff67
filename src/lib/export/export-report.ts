import { appendixDocx, letterDocx } from './docx-report';
import { reportCsvBytes } from './report-csv';
import type { ReportModel } from './report-model';
import { reportXlsx } from './xlsx-report';

export type ReportFormat = 'docx' | 'letter' | 'xlsx' | 'csv';

export const REPORT_FILES: Record<ReportFormat, { extension: string; mime: string }> = {
	docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	letter: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	xlsx: { extension: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
	csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' }
};

/**
 * One entry for every format, the same in Node (CLI, tests) and the browser. The page imports this
 * module dynamically, so docx and exceljs load only when a person asks for a file.
 */
export async function exportReport(model: ReportModel, format: ReportFormat): Promise<Uint8Array> {
	switch (format) {
		case 'docx':
			return appendixDocx(model);
		case 'letter':
			return letterDocx(model);
		case 'xlsx':
			return reportXlsx(model);
		case 'csv':
			return reportCsvBytes(model);
	}
}
