import { ImportError } from './errors';

/**
 * The legacy Vietnamese 8-bit encodings still met in old provincial spreadsheets. TCVN3 (ABC; fonts
 * .VnTime, .VnArial) puts each accented letter in one byte 0xA1–0xFE: it is converted. VNI (VNI-Times)
 * writes a base letter followed by a mark byte: it is recognised and named, so that the person converts
 * it (UniKey's converter) rather than importing names that resolve to nothing.
 * Text is taken as bytes read one per code point (Latin-1), the way such cells come out of .xlsx files.
 */
// TCVN3 (ABC) byte → letter, in the order of the Unicode letters below (0xAD, a soft hyphen, is ư).
const TCVN3_CHARS = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦';
const UNICODE_LETTERS = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
const TCVN3 = new Map<string, string>([...TCVN3_CHARS].map((c, i) => [c, [...UNICODE_LETTERS][i]]));

export function tcvn3ToUnicode(text: string): string {
	let out = '';
	for (const ch of text) out += TCVN3.get(ch) ?? ch;
	return out;
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ]/gu;

/** Characters that in TCVN3 text stand for accented letters, but are rare in real Unicode Vietnamese. */
const TCVN3_MARKERS = /[µ¶·¸¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞß«åæçè¬ëìîïñòôõø÷ùúûüþ¡¢§£¤¥¦]/gu;

/** VNI: a vowel followed by a mark byte (aø = à, eá = ế, oâ = ô …), or ñ/Ñ for đ/Đ. */
const VNI_PAIRS = /[aeiouyAEIOUY][øùûõïØÙÛÕÏâáàåãäêéèúüëÂÁÀÅÃÄÊÉÈÚÜË]|[ñÑ][aeiouAEIOU]|[ÔÖôö]/gu;

function count(text: string, re: RegExp): number {
	return text.match(re)?.length ?? 0;
}

export type LegacyEncoding = 'tcvn3' | 'vni';

/**
 * Which legacy encoding the text looks like, or null. The text must hold many marker characters and,
 * read as TCVN3, gain more Vietnamese letters than it has now.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
	const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
	const native = count(sample, VIETNAMESE);
	const markers = count(sample, TCVN3_MARKERS);
	const nonAscii = count(sample, /[^\x00-\x7f]/gu);
	if (markers >= 5 && markers >= nonAscii * 0.6) {
		const converted = count(tcvn3ToUnicode(sample), VIETNAMESE);
		if (converted >= 5 && converted > native * 2) {
			const vni = count(sample, VNI_PAIRS);
			return vni > markers * 0.8 ? 'vni' : 'tcvn3';
		}
	}
	return null;
}

/** Text in TCVN3 is converted; text in VNI stops with a message naming the encoding. */
export function fromLegacy(text: string): { text: string; legacy: 'tcvn3' | null } {
	const legacy = detectLegacyEncoding(text);
	if (legacy === 'vni') throw new ImportError('legacyEncoding', { encoding: 'VNI (VNI-Times)' });
	return legacy === 'tcvn3' ? { text: tcvn3ToUnicode(text), legacy } : { text, legacy: null };
}

/** The same for the cells of a workbook. */
export function tableFromLegacy(rows: string[][]): 'tcvn3' | null {
	const sample = rows.slice(0, 500).map((r) => r.join(' ')).join('\n');
	const { legacy } = fromLegacy(sample);
	if (legacy === 'tcvn3') for (const r of rows) for (let j = 0; j < r.length; j++) r[j] = tcvn3ToUnicode(r[j]);
	return legacy;
}

/** Bytes that are not UTF-8, one code point per byte: how TCVN3 and VNI files are read. */
export function latin1(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
	return out;
}
