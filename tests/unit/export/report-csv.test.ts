import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportCsv, reportCsvBytes } from '../../../src/lib/export/report-csv';
import { appendixFromLetter, model2019 } from './fixture-2019';

function parse(text: string): string[][] {
	const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
	expect(result.errors).toEqual([]);
	return result.data;
}

describe('report CSV', () => {
	it('starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
		const bytes = reportCsvBytes(model2019());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder().decode(bytes)).toMatch(/"Tỷ lệ","Mã đơn vị"\r\n"1","BHXH TP Hà Nội"/);
	});

	it('parses back to the 63 appendix rows, as printed, plus the national total', () => {
		const rows = parse(reportCsv(model2019()));
		expect(rows[0]).toEqual(['STT', 'Đơn vị', 'Hồ sơ: Giao dịch điện tử', 'Hồ sơ: Tổng số', 'Tỷ lệ', 'Mã đơn vị']);
		const letter = appendixFromLetter();
		expect(rows.slice(1, 64).map((r) => [r[0], r[2], r[3], r[4]])).toEqual(letter.map((l) => [l.stt, l.electronic, l.total, l.rate]));
		expect(rows[64]).toEqual(['', 'Tổng cộng', '1.545.438', '4.177.524', '36,99%', '']);
		expect(rows[65][1]).toMatch(/^Nguồn số liệu: /);
		expect(rows).toHaveLength(66);
	});

	it('ends with the source line, which says "Dữ liệu minh họa" for illustrative figures', () => {
		const base = model2019();
		const rows = parse(reportCsv({ ...base, sourceLine: 'Nguồn số liệu: Dữ liệu minh họa, không phải số liệu thật — x.' }));
		expect(rows[rows.length - 1]).toEqual(['', 'Nguồn số liệu: Dữ liệu minh họa, không phải số liệu thật — x.', '', '', '', '']);
	});

	it('neutralises hostile unit names from imported data', () => {
		const base = model2019();
		const hostile = { ...base, rows: base.rows.map((r, i) => (i === 0 ? { ...r, unit: '=HYPERLINK("http://x","y")' } : i === 1 ? { ...r, unit: '@cmd' } : r)) };
		const rows = parse(reportCsv(hostile));
		expect(rows[1][1]).toBe(`'=HYPERLINK("http://x","y")`);
		expect(rows[2][1]).toBe("'@cmd");
	});
});
