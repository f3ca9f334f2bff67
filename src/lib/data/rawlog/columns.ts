import Papa from 'papaparse';
import { labelKey } from '../../base/fold';

/** The columns a raw dossier log must have (field is optional: without it one indicator is assumed). */
export type RawLogRole = 'date' | 'province' | 'field' | 'channel';

/** Zero-based positions of the columns that matter; other columns (dossier number, procedure…) are ignored. */
export interface RawLogColumns {
	date: number;
	province: number;
	field: number | null;
	channel: number;
}

export const REQUIRED_ROLES: readonly RawLogRole[] = ['date', 'province', 'channel'];

// Header synonyms as labelKey() gives them ("Ngày tiếp nhận", "ngay_tiep_nhan" → "ngay tiep nhan").
const SYNONYMS: Record<RawLogRole, readonly string[]> = {
	date: ['ngay', 'ngay tiep nhan', 'ngay nop', 'ngay ho so', 'ngay giao dich', 'thoi gian', 'thoi gian tiep nhan', 'date', 'received', 'received date', 'received at', 'submitted', 'submission date'],
	province: ['tinh', 'tinh tp', 'tinh thanh pho', 'tinh thanh', 'ma tinh', 'don vi', 'bhxh tinh', 'co quan bhxh', 'province', 'province code', 'unit', 'unit code'],
	field: ['linh vuc', 'nghiep vu', 'loai ho so', 'field', 'domain', 'indicator'],
	channel: ['kenh', 'kenh tiep nhan', 'kenh nop', 'hinh thuc', 'hinh thuc nop', 'hinh thuc giao dich', 'hinh thuc tiep nhan', 'phuong thuc', 'channel']
};

/** The role of a header cell, or null. */
export function roleOfHeader(cell: string): RawLogRole | null {
	const key = labelKey(cell);
	for (const role of Object.keys(SYNONYMS) as RawLogRole[]) if (SYNONYMS[role].includes(key)) return role;
	return null;
}

export type ColumnsResult = { ok: true; columns: RawLogColumns } | { ok: false; missing: RawLogRole[]; duplicated: RawLogRole[] };

/** Finds the columns of a raw log by their header names, in Vietnamese or English, with or without diacritics. */
export function detectRawLogColumns(header: readonly string[]): ColumnsResult {
	const found: Partial<Record<RawLogRole, number>> = {};
	const duplicated: RawLogRole[] = [];
	header.forEach((cell, i) => {
		const role = roleOfHeader(cell);
		if (role === null) return;
		if (found[role] !== undefined) duplicated.push(role);
		else found[role] = i;
	});
	const missing = REQUIRED_ROLES.filter((r) => found[r] === undefined);
	if (missing.length || duplicated.length) return { ok: false, missing, duplicated };
	return { ok: true, columns: { date: found.date!, province: found.province!, field: found.field ?? null, channel: found.channel! } };
}

/** A header is a raw log's (one row per dossier) when it names a channel, a date and a province. */
export function looksLikeRawLog(header: readonly string[]): boolean {
	return detectRawLogColumns(header).ok;
}

/** The words our generator writes on the first line; a log carrying them is never taken for real data. */
export const SYNTHETIC_MARKER = 'SYNTHETIC';

export interface Preamble {
	/** Byte offset of the first data row (after BOM, comment lines and the header). */
	dataStart: number;
	delimiter: ',' | ';' | '\t';
	header: string[];
	/** Lines before the first data row (comments and header), for line numbers in messages. */
	linesBefore: number;
	/** The file says it was made by a generator ("# … SYNTHETIC …" comment line). */
	synthetic: boolean;
}

export type PreambleResult = ({ ok: true } & Preamble) | { ok: false; reason: 'empty' | 'binary' | 'no-header' | 'utf16' };

function pickDelimiter(line: string): Preamble['delimiter'] {
	const unquoted = line.replace(/"[^"]*"/g, '');
	const count = (c: string) => unquoted.split(c).length - 1;
	const candidates: Preamble['delimiter'][] = [',', ';', '\t'];
	return candidates.reduce((best, c) => (count(c) > count(best) ? c : best), ',');
}

/**
 * Reads the start of a log (its first kilobytes): skips a UTF-8 BOM and "#" comment lines, finds the
 * header and the delimiter. Bytes, not text, because the data rows are then read by byte offset.
 */
export function readPreamble(head: Uint8Array): PreambleResult {
	if (head.length === 0) return { ok: false, reason: 'empty' };
	if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return { ok: false, reason: 'utf16' };
	if (head.subarray(0, 4096).includes(0)) return { ok: false, reason: 'binary' };
	let pos = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
	const decoder = new TextDecoder('utf-8');
	let synthetic = false;
	let lines = 0;
	while (pos < head.length) {
		let end = head.indexOf(0x0a, pos);
		if (end === -1) end = head.length;
		const line = decoder.decode(head.subarray(pos, end)).replace(/\r$/, '');
		const next = end + 1;
		lines++;
		if (line.trim() === '' || line.startsWith('#')) {
			if (line.includes(SYNTHETIC_MARKER)) synthetic = true;
			pos = next;
			continue;
		}
		const delimiter = pickDelimiter(line);
		const header = (Papa.parse<string[]>(line, { delimiter }).data[0] ?? []).map((c) => c.trim());
		return { ok: true, dataStart: Math.min(next, head.length), delimiter, header, linesBefore: lines, synthetic };
	}
	return { ok: false, reason: head.length ? 'no-header' : 'empty' };
}
