import Papa from 'papaparse';
import type { Observation } from '../observation';
import { FIGURES_COLUMNS, RELEASE_COLUMNS, type Release } from './format';

const csvLine = (cells: readonly (string | number)[]) => Papa.unparse([cells.map(String)], { newline: '\n' });

/**
 * A publication's figures as a plain long-format file (the form of the shipped files): one row per unit,
 * sorted by unit code, LF line ends, no BOM. `publish` writes it and the build reads it back.
 */
export function figuresCsv(observations: readonly Observation[]): string {
	const rows = [...observations].sort((a, b) =>
		a.period !== b.period ? (a.period < b.period ? -1 : 1) : a.indicator !== b.indicator ? (a.indicator < b.indicator ? -1 : 1) : a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0
	);
	const lines = [csvLine(FIGURES_COLUMNS)];
	for (const o of rows) {
		lines.push(csvLine([o.unitCode, o.period, o.indicator, o.electronic, o.total, o.statedRate === null ? '' : o.statedRate.toFixed(2), o.sourceName ?? '']));
	}
	return `${lines.join('\n')}\n`;
}

/** One line of releases.csv (no line end). */
export function releaseLine(r: Release): string {
	const cells: Record<(typeof RELEASE_COLUMNS)[number], string | number> = {
		dataset: r.dataset,
		period: r.period,
		indicator: r.indicator,
		revision: r.revision,
		published: r.published,
		file: r.file,
		file_sha256: r.fileSha256,
		rows_read: r.rowsRead,
		rows_imported: r.rowsImported,
		rows_set_aside: r.rowsSetAside,
		source_file: r.sourceFile,
		source_sha256: r.sourceSha256,
		source: r.source,
		reason: r.reason
	};
	return csvLine(RELEASE_COLUMNS.map((c) => cells[c]));
}

/** releases.csv with one more line: the file is only ever appended to, so that its diff is that line. */
export function appendRelease(releasesText: string, r: Release): string {
	const base = releasesText === '' || releasesText.endsWith('\n') ? releasesText : `${releasesText}\n`;
	return `${base}${releaseLine(r)}\n`;
}
