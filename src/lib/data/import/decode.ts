import { ImportError } from './errors';
import { fromLegacy, latin1 } from './legacy-encodings';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3';

export interface DecodedText {
	text: string;
	encoding: TextEncodingName;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
	return magic.every((b, i) => bytes[i] === b);
}

export function isZip(bytes: Uint8Array): boolean {
	return startsWith(bytes, ZIP);
}

/** An old binary .xls (OLE compound file): named, so that the message can say "save as .xlsx". */
export function isOle(bytes: Uint8Array): boolean {
	return startsWith(bytes, OLE);
}

/**
 * Turns a file's bytes into text: UTF-8 with or without BOM, UTF-16 LE/BE by BOM or by the pattern of
 * NUL bytes (Excel's "Unicode text"), and rejects binary content with a message rather than garbage.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
	if (bytes.length === 0) throw new ImportError('empty');
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: utf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
	const nulPattern = utf16ByNuls(sample);
	if (nulPattern) return { text: new TextDecoder(nulPattern).decode(bytes), encoding: nulPattern };
	if (looksBinary(sample)) throw new ImportError('binary');
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		// Not UTF-8: TCVN3 (converted) or VNI (named), else code page 1258 of old Vietnamese Windows files.
		const legacy = fromLegacy(latin1(bytes));
		if (legacy.legacy) return { text: legacy.text, encoding: legacy.legacy };
		return { text: new TextDecoder('windows-1258').decode(bytes), encoding: 'windows-1258' };
	}
}

function utf8(bytes: Uint8Array): string {
	return new TextDecoder('utf-8').decode(bytes);
}

/** Mostly-ASCII UTF-16 text has a NUL in every other byte: odd positions for LE, even for BE. */
function utf16ByNuls(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (sample.length < 4) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? even++ : odd++);
	const half = sample.length / 2;
	if (odd > half * 0.6 && even < half * 0.05) return 'utf-16le';
	if (even > half * 0.6 && odd < half * 0.05) return 'utf-16be';
	return null;
}

/** Text files hold almost no control bytes besides tab, CR, LF and form feed. */
function looksBinary(sample: Uint8Array): boolean {
	let control = 0;
	for (const b of sample) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) control++;
	return control > 0 && control / sample.length > 0.01;
}
