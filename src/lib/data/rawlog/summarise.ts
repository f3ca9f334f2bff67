import type { ProvinceResolver } from '../../geo/resolve';
import type { Dataset, DatasetInfo, Observation } from '../observation';
import { normaliseChannel } from './channel';
import { normaliseField } from './field';
import { bucketMonth, type Granularity } from './period';
import { unitOfRow, type Units34 } from './units';
import { unitSetOfPeriod } from '../../geo/crosswalk';

/**
 * Dossiers of a log counted by their raw texts: what DuckDB's GROUP BY returns (and what the
 * JavaScript reference aggregation builds). Few rows even for millions of dossiers, so names,
 * channels and fields are resolved here, in TypeScript, once per distinct text.
 */
export interface RawGroup {
	/** "2024-03", or null when the date could not be read. */
	month: string | null;
	province: string | null;
	field: string | null;
	channel: string | null;
	dossiers: number;
	/** One unreadable date of the group, for the message (null when month is set). */
	badDate: string | null;
}

/** A line the CSV reader could not split into the header's columns. */
export interface MalformedLine {
	line: number;
	kind: string;
	text: string;
}

export type RejectReason =
	| 'malformed-line'
	| 'bad-date'
	| 'missing-province'
	| 'unknown-province'
	| 'ambiguous-province'
	| 'unknown-field'
	| 'missing-channel'
	| 'unknown-channel';

export interface Rejection {
	reason: RejectReason;
	/** Rows rejected for this reason. */
	rows: number;
	/** Up to five distinct values (or lines) that caused it, with suggestions for names where there are any. */
	examples: string[];
}

export interface RawLogSummary {
	dataset: Dataset;
	rowsRead: number;
	imported: number;
	rejectedRows: number;
	rejections: Rejection[];
}

export interface SummariseOptions {
	info: DatasetInfo;
	granularity: Granularity;
	/** The indicator of every row when the log has no field column. */
	defaultIndicator: string;
	resolver: ProvinceResolver;
	/** Codes → names, to write suggestions as "Đắk Lắk (66)". */
	nameOf?: (code: string) => string;
	/** The 34 units, for dossiers dated from 1 July 2025 (see unitOfRow); without it every row names the 63 provinces. */
	units34?: Units34;
}

const MAX_EXAMPLES = 5;

const compareText = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * The groups in a fixed order: DuckDB's parallel aggregation (native, several threads) returns them in
 * any order, and the examples of a rejection are the first met, which must be the same on every run.
 */
function inFixedOrder(groups: readonly RawGroup[]): RawGroup[] {
	return [...groups].sort(
		(a, b) => compareText(a.month, b.month) || compareText(a.province, b.province) || compareText(a.field, b.field) || compareText(a.channel, b.channel) || compareText(a.badDate, b.badDate)
	);
}

/** What one group counts for: a unit, period and indicator (electronic or not), or a rejection with its example. */
export type GroupFate =
	| { counted: true; unitCode: string; period: string; indicator: string; electronic: boolean }
	| { counted: false; reason: RejectReason; example: string };

/**
 * The rules a group of rows is judged by, with the resolution of province texts kept between calls
 * (once per text and unit sets of month and period: all a row's unit depends on). A row with several
 * problems is rejected once, for the first of: date, province, field, channel.
 */
export function groupJudge(options: SummariseOptions): (g: RawGroup) => GroupFate {
	const resolved = new Map<string, ReturnType<typeof unitOfRow>>();
	const resolve = (name: string, month: string, period: string) => {
		const key = options.units34 ? `${name}\u0000${unitSetOfPeriod(month)}\u0000${unitSetOfPeriod(period)}` : name;
		let r = resolved.get(key);
		if (!r) resolved.set(key, (r = unitOfRow(name, month, period, options.resolver, options.units34)));
		return r;
	};
	// Fields and channels likewise, once per text: reading a label (labelKey) is the costly part of a
	// group's judgement, and the fold leaves a handful of texts over tens of thousands of office groups.
	const memo = <T>(read: (text: string) => T) => {
		const known = new Map<string, T>();
		return (text: string): T => {
			if (known.has(text)) return known.get(text) as T;
			const value = read(text);
			known.set(text, value);
			return value;
		};
	};
	const fieldOf = memo(normaliseField);
	const channelOf = memo(normaliseChannel);
	const label = (code: string, unitSet: 63 | 34) => {
		const nameOf = unitSet === 34 ? options.units34?.nameOf : options.nameOf;
		return nameOf ? `${nameOf(code)} (${code})` : code;
	};
	return (g) => {
		if (g.month === null) return { counted: false, reason: 'bad-date', example: g.badDate ?? '' };
		const provinceText = (g.province ?? '').trim();
		if (!provinceText) return { counted: false, reason: 'missing-province', example: '' };
		const period = bucketMonth(g.month, options.granularity);
		const province = resolve(provinceText, g.month, period);
		if (!province.ok) {
			const set = province.unitSet;
			const hint = province.suggestions.length ? ` → ${province.suggestions.map((c) => label(c, set)).join(', ')}?` : '';
			return { counted: false, reason: province.reason === 'ambiguous' ? 'ambiguous-province' : 'unknown-province', example: provinceText + hint };
		}
		const indicator = g.field === null ? options.defaultIndicator : fieldOf(g.field);
		if (indicator === null) return { counted: false, reason: 'unknown-field', example: g.field ?? '' };
		const channelText = (g.channel ?? '').trim();
		if (!channelText) return { counted: false, reason: 'missing-channel', example: '' };
		const channel = channelOf(channelText);
		if (channel === null) return { counted: false, reason: 'unknown-channel', example: channelText };
		return { counted: true, unitCode: province.code, period, indicator, electronic: channel === 'electronic' };
	};
}

/**
 * Turns counted groups into per-province observations (electronic, total) and rejections, so that
 * imported + rejected = rows read, by the rules of groupJudge.
 */
export function summariseRawLog(groups: readonly RawGroup[], malformed: { rows: number; examples: readonly MalformedLine[] }, options: SummariseOptions): RawLogSummary {
	const rejections = new Map<RejectReason, { rows: number; examples: Set<string> }>();
	const reject = (reason: RejectReason, rows: number, example: string) => {
		let entry = rejections.get(reason);
		if (!entry) rejections.set(reason, (entry = { rows: 0, examples: new Set() }));
		entry.rows += rows;
		if (entry.examples.size < MAX_EXAMPLES) entry.examples.add(example);
	};
	if (malformed.rows > 0) {
		rejections.set('malformed-line', {
			rows: malformed.rows,
			examples: new Set(malformed.examples.slice(0, MAX_EXAMPLES).map((m) => `#${m.line} (${m.kind}): ${m.text.slice(0, 120)}`))
		});
	}

	const judge = groupJudge(options);
	const cells = new Map<string, Observation>();
	let rowsRead = malformed.rows;
	let imported = 0;
	for (const g of inFixedOrder(groups)) {
		rowsRead += g.dossiers;
		const fate = judge(g);
		if (!fate.counted) {
			reject(fate.reason, g.dossiers, fate.example);
			continue;
		}
		const key = `${fate.unitCode}|${fate.period}|${fate.indicator}`;
		let cell = cells.get(key);
		if (!cell) {
			cell = { unitCode: fate.unitCode, period: fate.period, indicator: fate.indicator, electronic: 0, total: 0, statedRate: null, sourceName: null };
			cells.set(key, cell);
		}
		cell.total += g.dossiers;
		if (fate.electronic) cell.electronic += g.dossiers;
		imported += g.dossiers;
	}

	const observations = [...cells.values()].sort(
		(a, b) => a.period.localeCompare(b.period) || a.indicator.localeCompare(b.indicator) || a.unitCode.localeCompare(b.unitCode)
	);
	const list = [...rejections.entries()]
		.map(([reason, r]) => ({ reason, rows: r.rows, examples: [...r.examples] }))
		.sort((a, b) => b.rows - a.rows || a.reason.localeCompare(b.reason));
	const rejectedRows = list.reduce((s, r) => s + r.rows, 0);
	// Like the table import: a dataset is the 34 units' when every one of its periods is.
	const all34 = observations.length > 0 && observations.every((o) => unitSetOfPeriod(o.period) === 34);
	const info = options.units34 ? { ...options.info, unitSet: all34 ? (34 as const) : (63 as const) } : options.info;
	return { dataset: { info, observations }, rowsRead, imported, rejectedRows, rejections: list };
}
