import type { RawLogColumns } from './columns';
import { monthOfDate } from './period';
import type { MalformedLine, RawGroup } from './summarise';

/**
 * The same counting as the DuckDB query, in plain JavaScript over rows PapaParse gives: the
 * reference the query is tested against, and the "PapaParse + JavaScript" side of the benchmark.
 */
export function createJsAggregator(columns: RawLogColumns, columnCount: number, firstLine = 1) {
	const groups = new Map<string, RawGroup>();
	const malformed: { rows: number; examples: MalformedLine[] } = { rows: 0, examples: [] };
	let line = firstLine;
	return {
		/** One data row as split by the CSV parser. */
		add(cells: readonly string[]): void {
			const at = line++;
			if (cells.length !== columnCount) {
				malformed.rows++;
				if (malformed.examples.length < 5) malformed.examples.push({ line: at, kind: cells.length > columnCount ? 'TOO MANY COLUMNS' : 'MISSING COLUMNS', text: cells.join(',') });
				return;
			}
			const dateRaw = cells[columns.date];
			const month = monthOfDate(dateRaw);
			const province = cells[columns.province];
			const field = columns.field === null ? null : cells[columns.field];
			const channel = cells[columns.channel];
			const key = `${month}\u0001${province}\u0001${field}\u0001${channel}`;
			const g = groups.get(key);
			if (g) {
				g.dossiers++;
				if (month === null && dateRaw < g.badDate!) g.badDate = dateRaw;
			} else groups.set(key, { month, province, field, channel, dossiers: 1, badDate: month === null ? dateRaw : null });
		},
		groups: (): RawGroup[] => [...groups.values()],
		malformed: () => malformed
	};
}
