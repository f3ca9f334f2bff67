/**
 * Vietnamese text folded for comparison: NFC, lower case, no diacritics (đ → d). NFC and NFD input
 * alike: "ĐIỆN TỬ", "Điện tử" and its decomposed form all give "dien tu".
 */
export function foldVietnamese(text: string): string {
	return text.normalize('NFC').toLowerCase().replace(/đ/g, 'd').normalize('NFD').replace(/\p{M}/gu, '');
}

/** The comparison key of a short label typed by people: folded, words joined by single spaces ("dien  tu" → "dien tu"). */
export function labelKey(text: string): string {
	return foldVietnamese(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}
