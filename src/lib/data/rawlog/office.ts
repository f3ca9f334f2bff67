import { labelKey } from '../../base/fold';

/**
 * The column naming the office that received each dossier (BHXH huyện before 2025, BHXH cơ sở since),
 * found by its header. Optional: a log without one is counted by province only. No national list of
 * offices exists, so offices are kept as the log names them (trimmed), never resolved against a list.
 */
const OFFICE_SYNONYMS: readonly string[] = [
	'co quan tiep nhan',
	'don vi tiep nhan',
	'noi tiep nhan',
	'bhxh huyen',
	'bhxh co so',
	'bhxh quan huyen',
	'ma don vi',
	'ma co quan',
	'ma co quan tiep nhan',
	'ma don vi tiep nhan',
	'van phong',
	'office',
	'receiving office',
	'office code'
];

/** Zero-based position of the receiving-office column, or null when the header has none (or names two). */
export function officeColumnOf(header: readonly string[]): number | null {
	const found = header.flatMap((cell, i) => (OFFICE_SYNONYMS.includes(labelKey(cell)) ? [i] : []));
	return found.length === 1 ? found[0] : null;
}

/** What an office with an empty cell is listed as, so that a province's offices always add up to the province. */
export const NO_OFFICE = '(không ghi đơn vị tiếp nhận)';

/** The name an office is listed under: the log's text with outer blanks and runs of spaces removed. */
export function officeLabel(raw: string | null): string {
	const text = (raw ?? '').replace(/\s+/g, ' ').trim();
	return text === '' ? NO_OFFICE : text;
}
