import type { CatalogueRelease } from './format';
import type { Dataset, DatasetInfo, Observation } from '../observation';

/**
 * The compact history of one published dataset and indicator: every current period's per-unit counts,
 * written once into the built site (history/<dataset>/<indicator>.csv) and read by the browser's DuckDB
 * when a reader picks a period other than the prerendered one. Never embedded in a page's HTML or JS.
 */
export const HISTORY_HEADER = 'period,code,electronic,total';

/** Where the history file of a dataset's indicator is in the built site, relative to its base path. */
export function historyPath(dataset: string, indicator: string): string {
	return `/history/${encodeURIComponent(dataset)}/${encodeURIComponent(indicator)}.csv`;
}

/** The id under which the browser's engine holds one history file: one dataset's one indicator. */
export function historyId(dataset: string, indicator: string): string {
	return `${dataset}~${indicator}`;
}

/** The dataset and indicator of a history id; null for any other id. */
export function parseHistoryId(id: string): { dataset: string; indicator: string } | null {
	const at = id.indexOf('~');
	if (at <= 0 || at === id.length - 1 || id.indexOf('~', at + 1) >= 0) return null;
	return { dataset: id.slice(0, at), indicator: id.slice(at + 1) };
}

/** The history file's text: counts summed per period and unit, periods then codes in order. */
export function historyCsv(dataset: Dataset, indicator: string): string {
	const sums = new Map<string, { period: string; code: string; electronic: number; total: number }>();
	for (const o of dataset.observations) {
		if (o.indicator !== indicator) continue;
		const key = `${o.period}|${o.unitCode}`;
		const row = sums.get(key) ?? { period: o.period, code: o.unitCode, electronic: 0, total: 0 };
		row.electronic += o.electronic;
		row.total += o.total;
		sums.set(key, row);
	}
	const rows = [...sums.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	return [HISTORY_HEADER, ...rows.map((r) => `${r.period},${r.code},${r.electronic},${r.total}`)].join('\n') + '\n';
}

const COUNT = /^(0|[1-9]\d{0,14})$/;
const FIELD = /^[A-Za-z0-9_.-]+$/;

/**
 * Reads a history file back into observations of `indicator`. Throws a RangeError naming the line and
 * value of anything that is not a history row (a truncated download, a page served in its place).
 */
export function parseHistoryCsv(text: string, indicator: string): Observation[] {
	const lines = text.replace(/\r\n/g, '\n').split('\n');
	if (lines[0] !== HISTORY_HEADER) throw new RangeError(`history file: line 1 is not "${HISTORY_HEADER}"`);
	const out: Observation[] = [];
	for (let i = 1; i < lines.length; i++) {
		const line = lines[i];
		if (line === '') {
			if (i === lines.length - 1) break;
			throw new RangeError(`history file: line ${i + 1} is empty`);
		}
		const fields = line.split(',');
		const [period, code, electronic, total] = fields;
		if (fields.length !== 4 || !FIELD.test(period) || !FIELD.test(code) || !COUNT.test(electronic) || !COUNT.test(total)) {
			throw new RangeError(`history file: line ${i + 1} "${line.slice(0, 80)}" is not period,code,electronic,total`);
		}
		const e = Number(electronic);
		const t = Number(total);
		if (e > t) throw new RangeError(`history file: line ${i + 1}: electronic ${e} exceeds total ${t}`);
		out.push({ unitCode: code, period, indicator, electronic: e, total: t, statedRate: null, sourceName: null });
	}
	return out;
}

/** One published period of an indicator with the release that holds it (for the page's release line). */
export interface PublishedPeriod {
	period: string;
	published: string;
	revision: number;
	illustrative: boolean;
}

/** What a page needs to offer a published dataset's periods without the engine: a few bytes per period. */
export interface PublishedDataset {
	info: DatasetInfo;
	indicators: { id: string; periods: PublishedPeriod[] }[];
}

/** The published datasets, their indicators and periods (oldest first), each with its current release. */
export function publishedDatasets(current: readonly Dataset[], releases: readonly CatalogueRelease[]): PublishedDataset[] {
	return current.map((dataset) => {
		const byIndicator = new Map<string, PublishedPeriod[]>();
		for (const r of releases) {
			if (r.dataset !== dataset.info.id || r.supersededBy !== null) continue;
			for (const c of r.covers) {
				const list = byIndicator.get(c.indicator) ?? [];
				if (!list.some((p) => p.period === c.period)) {
					list.push({ period: c.period, published: r.published, revision: r.revision, illustrative: dataset.info.nature === 'illustrative' });
				}
				byIndicator.set(c.indicator, list);
			}
		}
		const indicators = [...byIndicator.entries()]
			.sort(([a], [b]) => (a < b ? -1 : 1))
			.map(([id, periods]) => ({ id, periods: periods.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)) }));
		return { info: dataset.info, indicators };
	});
}

/** A published dataset's (period, indicator) pairs, oldest first: what a period picker offers. */
export function publishedContents(dataset: PublishedDataset): { period: string; indicator: string; units: number }[] {
	return dataset.indicators
		.flatMap((i) => i.periods.map((p) => ({ period: p.period, indicator: i.id, units: 0 })))
		.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.indicator < b.indicator ? -1 : 1));
}

/** The published period (and its release) of a selection; null when the catalogue has none. */
export function publishedPeriod(published: readonly PublishedDataset[], s: { dataset: string; period: string; indicator: string }): PublishedPeriod | null {
	const dataset = published.find((d) => d.info.id === s.dataset);
	return dataset?.indicators.find((i) => i.id === s.indicator)?.periods.find((p) => p.period === s.period) ?? null;
}

/** The release of a published dataset's latest period (of any indicator): what a page over all periods names. */
export function latestRelease(dataset: PublishedDataset | undefined): PublishedPeriod | null {
	let latest: PublishedPeriod | null = null;
	for (const i of dataset?.indicators ?? []) {
		const last = i.periods[i.periods.length - 1];
		if (last && (latest === null || last.period > latest.period)) latest = last;
	}
	return latest;
}
