import { DEFAULT_LETTER, type LetterSettings } from './report-model';

/**
 * Reads a date typed the Vietnamese way, "20/08/2019" or "20/8/2019", and returns the ISO date, or
 * null when it is not a real calendar date. An empty text is allowed by the caller (date left blank).
 */
export function parseVietnameseDate(text: string): string | null {
	const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
	if (!m) return null;
	const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
	const d = new Date(`${iso}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** localStorage key for what the person typed in the letter form (exported with the workspace: bhxh.*). */
export const LETTER_STORAGE_KEY = 'bhxh.report-letter.v1';

const FIELDS: (keyof LetterSettings)[] = ['number', 'dateIso', 'parentBody', 'issuer', 'issuerShort', 'place', 'recipient', 'signerTitle', 'signerName'];

/** What was stored, field by field; anything missing or of the wrong type falls back to the default. */
export function readStoredLetter(json: string | null): LetterSettings {
	const letter: LetterSettings = { ...DEFAULT_LETTER };
	if (!json) return letter;
	try {
		const stored = JSON.parse(json) as Record<string, unknown>;
		for (const field of FIELDS) {
			const value = stored[field];
			if (typeof value === 'string') (letter as unknown as Record<string, unknown>)[field] = field === 'dateIso' ? parseIsoOrNull(value) : value;
		}
	} catch {
		// A damaged entry is ignored: the form starts from the defaults.
	}
	return letter;
}

function parseIsoOrNull(value: string): string | null {
	return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

/** A file name without spaces or slashes: "3040/BHXH-CNTT" → "3040-BHXH-CNTT". */
export function fileSafe(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
