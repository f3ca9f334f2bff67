import { describe, expect, it } from 'vitest';
import { detectRawLogColumns, looksLikeRawLog, readPreamble } from '../../../../src/lib/data/rawlog/columns';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('detectRawLogColumns', () => {
	it.each([
		[['ma_ho_so', 'ngay_tiep_nhan', 'tinh', 'linh_vuc', 'kenh_tiep_nhan'], { date: 1, province: 2, field: 3, channel: 4 }],
		[['Ngày tiếp nhận', 'Tỉnh/TP', 'Lĩnh vực', 'Kênh'], { date: 0, province: 1, field: 2, channel: 3 }],
		[['Date', 'Province', 'Channel'], { date: 0, province: 1, field: null, channel: 2 }],
		[['Hình thức nộp', 'Mã tỉnh', 'Ngày', 'Thủ tục'], { date: 2, province: 1, field: null, channel: 0 }]
	])('%j', (header, columns) => expect(detectRawLogColumns(header)).toEqual({ ok: true, columns }));

	it('names the missing and repeated columns', () => {
		expect(detectRawLogColumns(['Tỉnh', 'Giao dịch điện tử', 'Tổng số'])).toEqual({ ok: false, missing: ['date', 'channel'], duplicated: [] });
		expect(detectRawLogColumns(['Ngày', 'Tỉnh', 'Kênh', 'Kênh nộp'])).toEqual({ ok: false, missing: [], duplicated: ['channel'] });
	});

	it('tells a raw log from a table of counts', () => {
		expect(looksLikeRawLog(['ngay', 'tinh', 'kenh'])).toBe(true);
		expect(looksLikeRawLog(['province_code', 'period', 'indicator', 'electronic', 'total'])).toBe(false);
	});
});

describe('readPreamble', () => {
	it('skips a BOM and comment lines, notes the synthetic marker, finds header and delimiter', () => {
		const text = '\uFEFF# SYNTHETIC: test\r\nngay;tinh;kenh\r\n2024-01-01;Hà Nội;giấy\r\n';
		const result = readPreamble(bytes(text));
		expect(result).toEqual({ ok: true, dataStart: bytes('\uFEFF# SYNTHETIC: test\r\nngay;tinh;kenh\r\n').length, delimiter: ';', header: ['ngay', 'tinh', 'kenh'], linesBefore: 2, synthetic: true });
	});

	it.each([
		['ngay\ttinh\tkenh\n', '\t'],
		['ngay,tinh,kenh\n', ','],
		['"ngay; gio",tinh,kenh\n', ',']
	])('delimiter of %j', (text, delimiter) => {
		const r = readPreamble(bytes(text));
		expect(r.ok && r.delimiter).toBe(delimiter);
	});

	it('a real log is not synthetic', () => {
		const r = readPreamble(bytes('ngay,tinh,kenh\n'));
		expect(r.ok && r.synthetic).toBe(false);
	});

	it.each([
		[new Uint8Array(), 'empty'],
		[bytes('\n\n# only comments\n'), 'no-header'],
		[new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), 'binary'],
		[new Uint8Array([0xff, 0xfe, 0x6e, 0x00]), 'utf16']
	])('refuses %s', (head, reason) => expect(readPreamble(head)).toEqual({ ok: false, reason }));
});
