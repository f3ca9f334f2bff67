import { embedded } from '../../../../src/lib/data/embedded';
import { buildImport, readPastedTable, type ImportChoices } from '../../../../src/lib/data/import/index';

export const reference = embedded.reference;

/** Reads pasted/CSV text and imports it with the detected roles (plus any choices). */
export function importText(text: string, choices: Partial<ImportChoices> = {}) {
	const source = readPastedTable(text);
	const result = buildImport(source.table, source.layout, { roles: source.layout.roles, ...choices }, reference);
	return { source, result };
}

/** The findings as compact tuples, easy to write in a table of expectations. */
export function brief(result: ReturnType<typeof importText>['result']) {
	return result.findings.map((f) => [f.row, f.column, f.value, f.severity, f.reason]);
}
