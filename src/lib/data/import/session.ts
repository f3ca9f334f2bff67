import type { Locale } from '../../base/locale';
import type { Dataset, DatasetInfo } from '../observation';
import { buildImport, toDataset, type ImportChoices, type ImportReference, type ImportResult } from './build';
import { ImportError, type ImportErrorCode } from './errors';
import type { Finding } from './findings';
import type { HeaderLayout } from './header';
import { readFileTable, readPastedTable, type ReadSource } from './index';
import { accountLines, type LineAccount } from './line-accounting';
import { rejectedRowsCsv } from './rejected-csv';
import { periodFromTitle, type TitlePeriod } from './title-period';

/** What the page shows of a read file: its detection and first rows, never the whole table. */
export interface SourcePreview {
	format: ReadSource['table']['format'];
	encoding: ReadSource['encoding'];
	delimiter: string | null;
	sheet: string | null;
	layout: HeaderLayout;
	/** Row number of the first header row, as the user sees it; null without a header. */
	headerRow: number | null;
	rows: string[][];
	rowNumbers: number[];
	dataRows: number;
	/** A period stated in a title row, proposed for the user to confirm; null when none (or several). */
	titlePeriod: TitlePeriod | null;
}

export interface ResultSummary {
	missing: ImportResult['missing'];
	numberStyle: ImportResult['numberStyle'];
	counts: ImportResult['counts'];
	beforeHeader: number;
	findings: Finding[];
	findingCount: number;
	observationCount: number;
	/** Where every physical line (sheet row) of the source ended. */
	account: LineAccount;
}

export type SessionRequest =
	| { kind: 'readFile'; name: string; bytes: ArrayBuffer }
	| { kind: 'readText'; text: string }
	| { kind: 'build'; choices: Omit<ImportChoices, 'roles'> & { roles: ImportChoices['roles'] } }
	| { kind: 'dataset'; info: Omit<DatasetInfo, 'unitSet'> }
	| { kind: 'rejectedCsv'; locale: Locale };

export type SessionError = { code: ImportErrorCode | null; detail: Record<string, string | number>; message: string };

const PREVIEW_ROWS = 12;
const FINDINGS_SENT = 500;

/**
 * One import in progress: the table read from a file, and the result of the latest column choices.
 * Runs in a worker in the page (a large file never freezes the tab); plain code, so tests call it directly.
 */
export function createImportSession(ref: ImportReference) {
	let source: ReadSource | null = null;
	let result: ImportResult | null = null;

	function preview(s: ReadSource): SourcePreview {
		const first = Math.max(0, s.layout.headerIndex + s.layout.headerRows);
		return {
			format: s.table.format,
			encoding: s.encoding,
			delimiter: s.table.delimiter,
			sheet: s.table.sheet,
			layout: s.layout,
			headerRow: s.layout.headerIndex < 0 ? null : s.table.rowNumbers[s.layout.headerIndex],
			rows: s.table.rows.slice(first, first + PREVIEW_ROWS),
			rowNumbers: s.table.rowNumbers.slice(first, first + PREVIEW_ROWS),
			dataRows: s.table.rows.length - first,
			titlePeriod: s.layout.roles.includes('period') ? null : periodFromTitle(s.table, s.layout).found
		};
	}

	return {
		async handle(req: SessionRequest): Promise<unknown> {
			switch (req.kind) {
				case 'readFile':
					source = null;
					source = await readFileTable(req.name, new Uint8Array(req.bytes));
					return preview(source);
				case 'readText':
					source = null;
					source = readPastedTable(req.text);
					return preview(source);
				case 'build': {
					if (!source) throw new Error('no table read yet');
					result = buildImport(source.table, source.layout, req.choices, ref);
					const summary: ResultSummary = {
						missing: result.missing,
						numberStyle: result.numberStyle,
						counts: result.counts,
						beforeHeader: result.beforeHeader,
						findings: result.findings.slice(0, FINDINGS_SENT),
						findingCount: result.findings.length,
						observationCount: result.observations.length,
						account: accountLines(source.table, source.layout, result, source.text)
					};
					return summary;
				}
				case 'dataset': {
					if (!result) throw new Error('nothing checked yet');
					const dataset: Dataset = toDataset(result, req.info);
					return dataset;
				}
				case 'rejectedCsv':
					if (!result || !source) throw new Error('nothing checked yet');
					return rejectedRowsCsv(result, source.layout.labels, req.locale);
			}
		}
	};
}

export function sessionError(error: unknown): SessionError {
	if (error instanceof ImportError) return { code: error.code, detail: error.detail, message: error.message };
	return { code: null, detail: {}, message: error instanceof Error ? error.message : String(error) };
}
