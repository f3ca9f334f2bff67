import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Dataset } from '../lib/data/observation';
import { buildImport, readFileTable, toDataset, type Finding, type ImportResult } from '../lib/data/import/index';
import { periodFromText } from '../lib/data/import/period-text';
import type { Reference } from '../lib/geo/reference';
import { UsageError } from './args';

export interface InputChoices {
	/** The period of a file that has no period column (from --period). */
	period?: string;
	/** The indicator of a file that has no indicator column (from --indicator); default benefits_e_dossiers. */
	indicator?: string;
}

export interface LoadedInput {
	dataset: Dataset;
	result: ImportResult;
	/** One line per finding: file, row, column, value, reason. */
	findingLines: string[];
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
 * in any delimiter and encoding, the text of a Word letter, .xlsx; long or wide/appendix form).
 */
export async function loadInput(file: string, reference: Reference, choices: InputChoices = {}): Promise<LoadedInput> {
	const source = await readFileTable(file, new Uint8Array(readFileSync(file)));
	const { layout } = source;
	const roles = layout.roles;
	const period = choices.period ? (periodFromText(choices.period) ?? choices.period) : null;
	const notes: string[] = [];
	let indicator = choices.indicator ?? null;
	if (!roles.includes('indicator') && !indicator) {
		indicator = DEFAULT_INDICATOR;
		notes.push(`note: ${file} has no indicator column; using ${DEFAULT_INDICATOR} (choose another with --indicator)`);
	}
	const result = buildImport(source.table, layout, { roles, period, indicator }, reference);
	if (result.missing.includes('period')) throw new UsageError(`${file} has no period column: give its period with --period (e.g. 2019-08-20, 2019-Q3, 2019-08)`);
	if (result.missing.length > 0) {
		const labels = layout.labels.filter(Boolean).map((l) => JSON.stringify(l)).join(', ') || '(none found)';
		throw new UsageError(`${file}: could not find the column(s) ${result.missing.join(', ')}; header read: ${labels}`);
	}
	const unit = source.table.format === 'xlsx' ? 'row' : 'line';
	const name = path.basename(file);
	const dataset = toDataset(result, { id: 'cli-input', titleVi: name, titleEn: name, source: file, nature: 'real' });
	return { dataset, result, findingLines: [...notes, ...result.findings.map((f) => findingLine(file, f, unit))] };
}

/**
 * The one entry for reading a user's file in any CLI command: findings go to stderr; when rows were
 * rejected it throws after printing them, so that no command works on a silently shortened dataset.
 */
export async function loadInputDataset(file: string, reference: Reference, choices: InputChoices = {}): Promise<Dataset> {
	const loaded = await loadInput(file, reference, choices);
	for (const line of loaded.findingLines) process.stderr.write(`${line}\n`);
	if (loaded.result.counts.rejected > 0) throw new RejectedRowsError(file, loaded.result.counts.rejected);
	return loaded.dataset;
}

export class RejectedRowsError extends Error {
	constructor(file: string, rejected: number) {
		super(`${file}: ${rejected} row(s) rejected (see the findings above); fix them and run again`);
		this.name = 'RejectedRowsError';
	}
}
