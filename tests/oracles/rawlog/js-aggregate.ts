import type { RawLogColumns } from '../../../src/lib/data/rawlog/columns';
import { monthOfDate } from '../../../src/lib/data/rawlog/period';
import type { MalformedLine, RawGroup } from '../../../src/lib/data/rawlog/summarise';

/**
 * The same counting as the DuckDB query, in plain JavaScript over rows PapaParse gives: the
 * reference the query is tested against, and the "PapaParse + JavaScript" side of the benchmark.
 */
/**
 * A copy of `s` that does not point into the text it was cut from. V8 keeps substrings as slices of
 * their parent, so a group's name taken from a 4 MiB chunk would keep the whole chunk alive.
 */
function own(s: string | null): string | null {
	return s === null ? null : Array.from(s).join('');
}

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
				if (month === null && dateRaw < g.badDate!) g.badDate = own(dateRaw);
			} else {
				const g = { month, province: own(province), field: own(field), channel: own(channel), dossiers: 1, badDate: month === null ? own(dateRaw) : null };
				groups.set(`${g.month}\u0001${g.province}\u0001${g.field}\u0001${g.channel}`.split('').join(''), g);
			}
		},
		groups: (): RawGroup[] => [...groups.values()],
		malformed: () => malformed
	};
}
