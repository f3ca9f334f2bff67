import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../lib/data/observation';
import { buildImport, readFileTable, toDataset, type Finding, type ImportResult } from '../lib/data/import/index';
import { accountAddsUp, accountLines, describeAccount, type LineAccount } from '../lib/data/import/line-accounting';
import { inFile } from '../lib/data/import/errors';
import { periodFromText } from '../lib/data/import/period-text';
import { periodFromTitle } from '../lib/data/import/title-period';
import type { Granularity } from '../lib/data/rawlog/period';
import { aggregateRawLogFile, describeEngine, isRawLogFile, rawLogFindings, type EngineChoices } from '../lib/db/rawlog-node';
import type { Reference } from '../lib/geo/reference';
import { UsageError } from './args';

export interface InputChoices {
	/** The period of a file that has no period column (from --period). */
	period?: string;
	/** The indicator of a file that has no indicator column (from --indicator); default benefits_e_dossiers. */
	indicator?: string;
	/** How a raw dossier log is grouped; default: that of `period` ("2024-Q1" → quarter), else month. */
	granularity?: Granularity;
	/** How native DuckDB reads a raw dossier log (--memory, --threads); default: 3GB, every core. */
	engine?: EngineChoices;
}

export interface LoadedInput {
	dataset: Dataset;
	/** Rows read = imported + set aside + rejected (for a raw log: dossiers, none set aside). */
	counts: ImportResult['counts'];
	/** The table import's full result; null for a raw dossier log. */
	result: ImportResult | null;
	/** One line per finding: file, row, column, value, reason; then where every line of the file went. */
	findingLines: string[];
	/** Where every physical line (sheet row) of a table file ended; null for a raw dossier log. */
	account: LineAccount | null;
}

const DEFAULT_INDICATOR = 'benefits_e_dossiers';

export function findingLine(file: string, f: Finding, unit: 'line' | 'row'): string {
	const where = f.row === null ? '' : `, ${unit} ${f.row}`;
	const column = f.column === null ? '' : `, column ${f.column}`;
	const value = f.value === null ? '' : ` (value ${JSON.stringify(f.value)})`;
	return `${f.severity}: ${file}${where}${column}: ${f.reason}${value}`;
}

/**
 * Reads a user's file with the page's import pipeline: every format the import page accepts (CSV/TSV/TXT
 * in any delimiter and encoding, the text of a Word letter, .xlsx; long or wide/appendix form), and raw
 * dossier logs (one row per dossier: its header names a date, a province and a channel).
 */
export async function loadInput(file: string, reference: Reference, choices: InputChoices = {}): Promise<LoadedInput> {
	if (await isRawLogFile(file)) return loadRawLog(file, reference, choices);
	const source = await readFileTable(file, new Uint8Array(readFileSync(file)));
	const { layout } = source;
	const roles = layout.roles;
	let period = choices.period ? (periodFromText(choices.period) ?? choices.period) : null;
	const notes: string[] = [];
	if (!roles.includes('period')) {
		// A period stated in a title row is used when --period is not given, and said so; --period wins.
		const title = periodFromTitle(source.table, layout);
		if (title.found && !period) {
			period = title.found.period;
			notes.push(`note: ${file}: period ${period} read from the title on line ${title.found.line} ("${title.found.text}"); give --period to override`);
		} else if (title.found && period !== title.found.period) {
			notes.push(`note: ${file}: the title on line ${title.found.line} says ${title.found.period} ("${title.found.text}"); using --period ${period}`);
		} else if (title.conflict.length > 1) {
			notes.push(`note: ${file}: the title rows state several periods (${title.conflict.map((t) => `${t.period} on line ${t.line}`).join(', ')}); none is used`);
		}
	}
	let indicator = choices.indicator ?? null;
	if (!roles.includes('indicator') && !indicator) {
		indicator = DEFAULT_INDICATOR;
		notes.push(`note: ${file} has no indicator column; using ${DEFAULT_INDICATOR} (choose another with --indicator)`);
	}
	let result: ImportResult;
	try {
		result = buildImport(source.table, layout, { roles, period, indicator }, reference);
	} catch (error) {
		throw inFile(error, file);
	}
	if (result.missing.includes('period')) throw new UsageError(`${file} has no period column: give its period with --period (e.g. 2019-08-20, 2019-Q3, 2019-08)`);
	if (result.missing.length > 0) {
		const labels = layout.labels.filter(Boolean).map((l) => JSON.stringify(l)).join(', ') || '(none found)';
		throw new UsageError(`${file}: could not find the column(s) ${result.missing.join(', ')}; header read: ${labels}`);
	}
	const unit = source.table.format === 'xlsx' ? 'row' : 'line';
	const name = path.basename(file);
	const dataset = toDataset(result, { id: 'cli-input', titleVi: name, titleEn: name, source: file, nature: 'real' });
	const account = accountLines(source.table, layout, result, source.text);
	if (!accountAddsUp(account)) throw new LineAccountError(describeAccount(account, file, 'en'));
	return {
		dataset,
		counts: result.counts,
		result,
		findingLines: [...notes, ...result.findings.map((f) => findingLine(file, f, unit)), `note: ${describeAccount(account, file, 'en')}`],
		account
	};
}

function granularityOfPeriod(period: string | undefined): Granularity | null {
	if (!period) return null;
	if (/^\d{4}$/.test(period)) return 'year';
	if (/^\d{4}-Q[1-4]$/.test(period)) return 'quarter';
	if (/^\d{4}-\d{2}$/.test(period)) return 'month';
	return null;
}

/** A raw dossier log (one row per dossier), aggregated into per-unit counts by the one-pass reader (native DuckDB, as `cli aggregate`). */
async function loadRawLog(file: string, reference: Reference, choices: InputChoices): Promise<LoadedInput> {
	const granularity = choices.granularity ?? granularityOfPeriod(choices.period) ?? 'month';
	const { summary, settings } = await aggregateRawLogFile(
		file,
		reference,
		{ granularity, defaultIndicator: choices.indicator ?? DEFAULT_INDICATOR, info: { id: 'cli-input' } },
		choices.engine
	);
	const notes = [`note: ${file} is a raw dossier log (one row per dossier): ${summary.rowsRead} rows aggregated by ${granularity} (${describeEngine(settings)})`];
	if (summary.dataset.info.nature === 'illustrative') notes.push(`note: ${file} says it is SYNTHETIC: illustrative figures, not real data`);
	return {
		dataset: summary.dataset,
		counts: { read: summary.rowsRead, imported: summary.imported, setAside: 0, rejected: summary.rejectedRows },
		result: null,
		account: null,
		findingLines: [...notes, ...rawLogFindings(file, summary).map((line) => `error: ${line}`)]
	};
}

/**
 * The one entry for reading a user's file in any CLI command: findings go to stderr; when rows were
 * rejected it throws after printing them, so that no command works on a silently shortened dataset.
 */
export async function loadInputDataset(file: string, reference: Reference, choices: InputChoices = {}): Promise<Dataset> {
	const loaded = await loadInput(file, reference, choices);
	for (const line of loaded.findingLines) process.stderr.write(`${line}\n`);
	if (loaded.counts.rejected > 0) throw new RejectedRowsError(file, loaded.counts.rejected);
	return loaded.dataset;
}

/** A line of the file that no count holds: a defect of the reader, never passed over in silence. */
export class LineAccountError extends Error {
	constructor(summary: string) {
		super(`${summary}: some lines are in no count; the file was not imported`);
		this.name = 'LineAccountError';
	}
}

export class RejectedRowsError extends Error {
	constructor(file: string, rejected: number) {
		super(`${file}: ${rejected} row(s) rejected (see the findings above); fix them and run again`);
		this.name = 'RejectedRowsError';
	}
}
