import { foldVietnamese } from '../../base/fold';
import { parseNumber } from '../../base/numbers';

/** What a column holds. 'ignore' columns are kept in the rejected-rows file but not read. */
export type ColumnRole = 'stt' | 'code' | 'name' | 'electronic' | 'total' | 'rate' | 'period' | 'indicator' | 'ignore';

export const COLUMN_ROLES: readonly ColumnRole[] = ['code', 'name', 'electronic', 'total', 'rate', 'period', 'indicator', 'stt', 'ignore'];

/** Header words, Vietnamese and English, compared without diacritics. Order matters: first match wins. */
const SYNONYMS: readonly [ColumnRole, readonly string[]][] = [
	['rate', ['ty le', 'ti le', 'rate', 'percent', 'phan tram', '%']],
	['electronic', ['giao dich dien tu', 'gddt', 'dien tu', 'electronic', 'e dossiers', 'online', 'truc tuyen', 'numerator', 'tu so']],
	['total', ['tong so', 'tong cong', 'tong', 'total', 'all dossiers', 'denominator', 'mau so']],
	['code', ['ma tinh', 'ma don vi', 'ma', 'province code', 'unit code', 'code']],
	['stt', ['stt', 'tt', 'so tt', 'thu tu', 'no', '#']],
	['period', ['ky bao cao', 'ky', 'thoi gian', 'thoi diem', 'period', 'thang', 'quy', 'month', 'quarter', 'year', 'date']],
	['indicator', ['linh vuc', 'chi tieu', 'indicator', 'field']],
	['name', ['tinh tp', 'tinh thanh pho', 'tinh thanh', 'tinh', 'thanh pho', 'don vi', 'ten', 'province', 'unit', 'name', 'dia phuong', 'bhxh']]
];

/** Lower case, no diacritics, words separated by single spaces; "%" kept as a word. */
export function headerKey(label: string): string {
	return foldVietnamese(label)
		.replace(/%/g, ' % ')
		.replace(/[^a-z0-9%#]+/g, ' ')
		.trim();
}

function containsWords(label: string, phrase: string): boolean {
	return ` ${label} `.includes(` ${phrase} `);
}

export function roleOfLabel(label: string): ColumnRole | null {
	const key = headerKey(label);
	if (!key) return null;
	for (const [role, phrases] of SYNONYMS) if (phrases.some((p) => containsWords(key, p))) return role;
	return null;
}

export interface HeaderLayout {
	/** Index (in SourceTable.rows) of the first header row; -1 when none was found. */
	headerIndex: number;
	/** 1 or 2 header rows. */
	headerRows: number;
	/** Column labels as shown to the user (two-row headers joined: "Hồ sơ / Giao dịch điện tử"). */
	labels: string[];
	/** Detected role of each column; the user may correct it. */
	roles: ColumnRole[];
}

const MAX_HEADER_SEARCH = 80;

export function looksNumeric(cell: string): boolean {
	return parseNumber(cell, 'vi').ok || parseNumber(cell, 'en').ok;
}

function distinctRoles(labels: readonly string[]): Set<ColumnRole> {
	const roles = new Set<ColumnRole>();
	for (const l of labels) {
		const r = roleOfLabel(l);
		if (r) roles.add(r);
	}
	return roles;
}

function usable(roles: Set<ColumnRole>): boolean {
	return (roles.has('code') || roles.has('name')) && (roles.has('electronic') || roles.has('total') || roles.has('rate'));
}

/** Whether a row's cells read as a header: a unit column and a count or rate column. */
export function looksLikeHeader(cells: readonly string[]): boolean {
	return usable(distinctRoles(cells));
}

/**
 * Spreads a top header row over the columns of the row below it. Word tables lose merged cells: a cell
 * spanning rows leaves an empty cell below it, a cell spanning columns sits over a run of sub-labels.
 */
function alignTop(top: readonly string[], sub: readonly string[], width: number): string[] {
	const out: string[] = [];
	if (top.length >= width || top.length >= sub.length) {
		let carry = '';
		for (let j = 0; j < width; j++) {
			const t = top[j] ?? '';
			if (t !== '') carry = t;
			const continuesSpan = t === '' && (sub[j] ?? '') !== '' && j > 0 && (sub[j - 1] ?? '') !== '';
			out.push(t !== '' ? t : continuesSpan ? carry : '');
		}
		return out;
	}
	let k = 0;
	for (let j = 0; j < width; j++) {
		if ((sub[j] ?? '') === '') out.push(top[k++] ?? '');
		else {
			const t = top[k++] ?? '';
			while (j < width && (sub[j] ?? '') !== '') {
				out.push(t);
				j++;
			}
			j--;
		}
	}
	return out;
}

function joinLabels(top: string, sub: string): string {
	if (!top) return sub;
	if (!sub) return top;
	return `${top} / ${sub}`;
}

function rolesOf(labels: readonly string[]): ColumnRole[] {
	const roles = labels.map((l) => {
		const parts = l.split(' / ');
		// The lower label is the more specific one ("Giao dịch điện tử" under "Hồ sơ").
		return roleOfLabel(parts[parts.length - 1]) ?? roleOfLabel(l) ?? 'ignore';
	});
	// One column per role: a later duplicate is left for the user to map.
	const seen = new Set<ColumnRole>();
	return roles.map((r) => {
		if (r === 'ignore') return r;
		if (seen.has(r)) return 'ignore';
		seen.add(r);
		return r;
	});
}

/** Finds the header row (or two) among the first rows and proposes a role for each column. */
export function detectHeader(rows: readonly string[][]): HeaderLayout {
	const limit = Math.min(rows.length, MAX_HEADER_SEARCH);
	let best = -1;
	let bestScore = 0;
	for (let i = 0; i < limit; i++) {
		if (rows[i].filter((c) => c !== '').length < 2) continue;
		if (rows[i].some(looksNumeric) && rows[i].filter(looksNumeric).length > 1) continue;
		const roles = distinctRoles(rows[i]);
		let score = roles.size;
		const next = rows[i + 1];
		if (next && !next.some(looksNumeric)) score = Math.max(score, distinctRoles(combine(rows[i], next, width(rows, i + 2))).size);
		if (score > bestScore && (usable(roles) || roles.size >= 2)) {
			best = i;
			bestScore = score;
		}
	}
	const w = width(rows, best + 1);
	if (best < 0) return { headerIndex: -1, headerRows: 0, labels: Array.from({ length: w }, () => ''), roles: Array.from({ length: w }, () => 'ignore') };
	const top = rows[best];
	const next = rows[best + 1];
	// A second header row names at least two columns: one cell under a header is a note, not labels.
	if (next && !next.some(looksNumeric) && next.filter((c) => c !== '').length >= 2) {
		const w2 = width(rows, best + 2);
		const labels = combine(top, next, w2);
		const one = distinctRoles(top);
		const two = distinctRoles(labels);
		if (two.size > one.size || top.length < w2) return { headerIndex: best, headerRows: 2, labels, roles: rolesOf(labels) };
	}
	const labels = Array.from({ length: Math.max(w, top.length) }, (_, j) => top[j] ?? '');
	return { headerIndex: best, headerRows: 1, labels, roles: rolesOf(labels) };
}

function combine(top: readonly string[], sub: readonly string[], w: number): string[] {
	const width = Math.max(w, sub.length, top.length);
	const aligned = alignTop(top, sub, width);
	return aligned.map((t, j) => joinLabels(t, sub[j] ?? ''));
}

/** The widest of the next data rows: how many columns the table really has. */
function width(rows: readonly string[][], from: number): number {
	let w = 0;
	for (let i = Math.max(0, from); i < Math.min(rows.length, from + 50); i++) w = Math.max(w, rows[i].length);
	return w;
}
