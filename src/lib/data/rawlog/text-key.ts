/**
 * The comparison key of a short label typed by people: NFC, lower case, no diacritics (đ → d),
 * words joined by single spaces. "Điện tử", "ĐIỆN TỬ", "dien  tu" and NFD input all give "dien tu".
 */
export function labelKey(text: string): string {
	return text
		.normalize('NFC')
		.toLowerCase()
		.replace(/đ/g, 'd')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}
