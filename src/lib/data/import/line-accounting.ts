import { message } from '../../i18n/t';
import type { ImportResult } from './build';
import type { HeaderLayout } from './header';
import { isBlankLine, ownersFromSpans, physicalLines } from './physical-lines';
import type { SourceTable } from './table';

/**
 * Where every physical line of a file (every row of a sheet) ended: exactly one of blank, title or
 * preamble, header, imported, set aside, rejected — or "unread" while columns are still to be chosen.
 * `unaccounted` lists lines that hold text but belong to no row: always empty unless a reader lost one.
 */
export interface LineAccount {
	unit: 'line' | 'row';
	total: number;
	blank: number;
	preamble: number;
	header: number;
	imported: number;
	setAside: number;
	rejected: number;
	unread: number;
	unaccounted: number[];
	/** Rows that span more than one line (a quoted line break inside a cell). */
	multiLineRows: number;
}

export const ACCOUNT_PARTS = ['preamble', 'header', 'imported', 'setAside', 'rejected', 'unread', 'blank'] as const;

export function accountLines(table: SourceTable, layout: HeaderLayout, result: ImportResult | null, text?: string): LineAccount {
	const lines = table.lines ?? fallbackLines(table);
	const firstData = layout.headerIndex < 0 ? 0 : layout.headerIndex + layout.headerRows;
	const statusOf = (i: number): (typeof ACCOUNT_PARTS)[number] => {
		if (i < layout.headerIndex) return 'preamble';
		if (i < firstData) return 'header';
		if (!result || result.missing.length > 0) return 'unread';
		return result.rows[i - firstData]?.status ?? 'unread';
	};
	const a: LineAccount = {
		unit: table.format === 'xlsx' ? 'row' : 'line',
		total: lines.count,
		blank: 0,
		preamble: 0,
		header: 0,
		imported: 0,
		setAside: 0,
		rejected: 0,
		unread: 0,
		unaccounted: [],
		multiLineRows: 0
	};
	const physical = text === undefined ? null : physicalLines(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	for (let l = 1; l <= lines.count; l++) {
		const owner = lines.owner[l];
		if (owner < 0) {
			if (physical && !isBlankLine(physical[l - 1] ?? '')) a.unaccounted.push(l);
			else a.blank++;
			continue;
		}
		a[statusOf(owner)]++;
		if (l > 1 && lines.owner[l - 1] === owner && (l < 3 || lines.owner[l - 2] !== owner)) a.multiLineRows++;
	}
	if (physical && physical.length !== lines.count) a.unaccounted.push(Math.min(physical.length, lines.count) + 1);
	return a;
}

function fallbackLines(table: SourceTable): { count: number; owner: Int32Array } {
	const count = table.rowNumbers.reduce((m, n) => Math.max(m, n), 0);
	return { count, owner: ownersFromSpans(count, table.rowNumbers, table.rowNumbers) };
}

/** Whether the parts add up to the whole and no line holding text is missing from them. */
export function accountAddsUp(a: LineAccount): boolean {
	const sum = ACCOUNT_PARTS.reduce((s, k) => s + a[k], 0);
	return a.unaccounted.length === 0 && sum === a.total;
}

/** "data.csv: 70 lines = 3 title/preamble + 2 header + 63 imported + 1 set aside + 0 rejected + 1 blank" */
export function describeAccount(a: LineAccount, file: string, locale: 'vi' | 'en'): string {
	const unit = message(locale, a.unit === 'row' ? 'accounting.unitRow' : 'accounting.unitLine');
	const parts = ACCOUNT_PARTS.filter((k) => a[k] > 0 || k === 'imported' || k === 'setAside' || k === 'rejected').map((k) => `${a[k]} ${message(locale, `accounting.${k}`)}`);
	let text = message(locale, 'accounting.line', { file, total: a.total, unit, parts: parts.join(' + ') });
	if (a.multiLineRows > 0) text += message(locale, 'accounting.multiLine', { n: a.multiLineRows });
	if (a.unaccounted.length > 0) text += message(locale, 'accounting.unaccounted', { n: a.unaccounted.length, lines: a.unaccounted.slice(0, 5).join(', ') });
	return text;
}
