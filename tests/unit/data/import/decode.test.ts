import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../src/lib/data/import/decode';
import { ImportError } from '../../../../src/lib/data/import/errors';

const utf8 = (s: string) => new TextEncoder().encode(s);
function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
	let o = 0;
	const put = (c: number) => {
		out[o++] = le ? c & 0xff : c >> 8;
		out[o++] = le ? c >> 8 : c & 0xff;
	};
	if (bom) put(0xfeff);
	for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
	return out;
}
const sample = 'Đơn vị\tTổng số\nHà Nội\t168.121\n';

describe('decodeBytes', () => {
	it.each([
		['UTF-8 without BOM', utf8(sample), 'utf-8'],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(sample)]), 'utf-8-bom'],
		['UTF-16 LE with BOM (Excel "Unicode text")', utf16(sample, true, true), 'utf-16le'],
		['UTF-16 BE with BOM', utf16(sample, false, true), 'utf-16be'],
		['UTF-16 LE without BOM, by its NUL bytes', utf16(sample, true, false), 'utf-16le'],
		['UTF-16 BE without BOM, by its NUL bytes', utf16(sample, false, false), 'utf-16be']
	])('%s', (_name, bytes, encoding) => {
		const decoded = decodeBytes(bytes);
		expect(decoded.encoding).toBe(encoding);
		expect(decoded.text).toBe(sample);
	});

	it('reads a legacy Windows-1258 file rather than failing', () => {
		expect(decodeBytes(new Uint8Array([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69])).encoding).toBe('windows-1258');
	});

	it.each([
		['an empty file', new Uint8Array(), 'empty'],
		['a binary file (PNG header and noise)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 1, 2, 3, 4, 5, 6, 7, 200, 0, 0, 9, 0x1f]), 'binary']
	])('rejects %s with a clear message', (_name, bytes, code) => {
		expect(() => decodeBytes(bytes)).toThrow(ImportError);
		try {
			decodeBytes(bytes);
		} catch (e) {
			expect((e as ImportError).code).toBe(code);
		}
	});
});
