import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { buildImport, readFileTable, readPastedTable } from '../../../../src/lib/data/import/index';
import { accountAddsUp, accountLines, describeAccount } from '../../../../src/lib/data/import/line-accounting';
import { parseNumber } from '../../../../src/lib/base/numbers';

// The misreads of issue 11, each as it was found; every one must stop or be counted, never pass silently.

const reference = embedded.reference;
const choices = { period: '2019-08-20', indicator: 'benefits_e_dossiers' };
const appendixCsv = readFileSync('data/bhxh-3040-2019.csv', 'utf8');
const semicolon = readFileSync('tests/fixtures/cv3040-2019-excel-semicolon.csv', 'utf8');
const bytes = (s: string) => new TextEncoder().encode(s);

async function importFile(name: string, text: string | Uint8Array) {
	const source = await readFileTable(name, typeof text === 'string' ? bytes(text) : text);
	const result = buildImport(source.table, source.layout, { roles: source.layout.roles, ...choices }, reference);
	return { source, result, account: accountLines(source.table, source.layout, result, source.text) };
}

describe('reproducers of issue 11', () => {
	it('a bare LF in a CRLF file (or a bare CR in an LF file) stops with the file and line instead of merging two rows', async () => {
		const lines = semicolon.split('\r\n');
		const crlf = [...lines.slice(0, 10), `${lines[10]}\n${lines[11]}`, ...lines.slice(12)].join('\r\n');
		await expect(readFileTable('phu-luc.csv', bytes(crlf))).rejects.toMatchObject({ code: 'ambiguous', detail: { kind: 'lineEndings', line: 11, found: 'LF', main: 'CRLF', file: 'phu-luc.csv' } });
		const lf = appendixCsv.split('\n');
		const cr = [...lf.slice(0, 5), `${lf[5]}\r${lf[6]}`, ...lf.slice(7)].join('\n');
		const error = (await readFileTable('appendix.csv', bytes(cr)).catch((e: Error) => e)) as Error;
		expect(error.message).toMatch(/^appendix\.csv: Line 6: this line ends in CR while the other lines end in LF/);
	});

	it('a second line written with "|" (and a wider row later) stops instead of becoming a second header', async () => {
		const lines = appendixCsv.trimEnd().split('\n');
		lines[1] = lines[1].replace(/,/g, '|');
		lines[40] += ',note';
		await expect(readFileTable('bar.csv', bytes(lines.join('\n')))).rejects.toMatchObject({ detail: { kind: 'mixedDelimiters', line: 2, found: '|', main: ',' } });
	});

	it('a header-like row at line 36 or at the end stops: it never moves the header and drops the rows above it', async () => {
		const lines = semicolon.split('\r\n');
		const middle = [...lines.slice(0, 35), 'Mã tỉnh;Tỉnh;Điện tử;Tổng số;Tỷ lệ;Kỳ', ...lines.slice(35)].join('\r\n');
		await expect(readFileTable('a.csv', bytes(middle))).rejects.toMatchObject({ detail: { kind: 'secondHeader', line: 36, header: 1 } });
		const end = [...lines.slice(0, -1), 'Mã tỉnh;Tỉnh;Điện tử;Tổng số;Tỷ lệ;Kỳ', ''].join('\r\n');
		await expect(readFileTable('b.csv', bytes(end))).rejects.toMatchObject({ detail: { kind: 'secondHeader', line: 67, header: 1 } });
	});

	it('a second full header right under the first stops: it is not one header on two rows (the row below fitted it shifted)', async () => {
		// Found by structural-faults (seed 1554637739): read as a two-row header, "Hà Nội;1;2;50,00%" became 2 of 50.
		const text = 'Tỉnh;Điện tử;Tổng số;Tỷ lệ\nMã tỉnh;Tỉnh;Điện tử;Tổng số;Tỷ lệ;Kỳ\nHà Nội;1;2;50,00%\n';
		await expect(readFileTable('two.csv', bytes(text))).rejects.toMatchObject({ detail: { kind: 'secondHeader', line: 2, header: 1 } });
		// The same header twice is one header repeated, read as before.
		const repeated = await readFileTable('same.csv', bytes('Tỉnh;Điện tử;Tổng số\nTỉnh;Điện tử;Tổng số\nHà Nội;1;2\n'));
		expect(repeated.layout.roles).toEqual(['name', 'electronic', 'total']);
	});

	it('a count column holding 1, 2, 3 … (the STT read as counts) stops', async () => {
		const text = ['Tỉnh;Điện tử;Tổng số', ...embedded.appendix.observations.slice(0, 6).map((o, i) => `${o.sourceName};${i + 1};${o.total}`)].join('\n');
		const source = readPastedTable(text);
		expect(() => buildImport(source.table, source.layout, { roles: source.layout.roles, ...choices }, reference)).toThrow(/column "Điện tử" holds 1, 2, 3 … like row numbers/);
	});

	it('columns that change roles mid-file stop', () => {
		const rows = embedded.appendix.observations.slice(0, 6).map((o, i) => (i < 3 ? `${o.sourceName};${o.electronic};${o.total}` : `${o.total};${o.sourceName};${o.electronic}`));
		const source = readPastedTable(['Tỉnh;Điện tử;Tổng số', ...rows].join('\n'));
		expect(() => buildImport(source.table, source.layout, { roles: source.layout.roles, ...choices }, reference)).toThrow(/change roles mid-file/);
	});

	it('a 1,2 MB name cell is rejected with a message before it can reach DuckDB; the other rows import', async () => {
		const lines = appendixCsv.trimEnd().split('\n');
		lines[5] = lines[5].replace('BHXH Tỉnh Nam Định', 'Nam Định ' + 'x'.repeat(1_200_000));
		const { result, account } = await importFile('giant.csv', lines.join('\n'));
		expect(result.counts).toMatchObject({ imported: 62, rejected: 1 });
		expect(result.findings.find((f) => f.code === 'cellTooLong')).toMatchObject({ row: 6, reason: 'a cell of 1200009 characters, over the limit of 1000: row rejected' });
		expect(result.observations.every((o) => (o.sourceName ?? '').length < 100)).toBe(true);
		expect(accountAddsUp(account)).toBe(true);
	});

	it.each([['2 6 6'], ['12\t3'], ['1 2'], ['12 34']])('loose digit grouping %j is not a number', (raw) => {
		expect(parseNumber(raw, 'vi')).toEqual({ ok: false, problem: 'notANumber' });
	});

	it.each([['168 121', 168121], ['1 545 438', 1545438], ['0,22 %', 0.22]])('a space grouping thousands %j still reads', (raw, value) => {
		expect(parseNumber(raw, 'vi')).toEqual({ ok: true, value });
	});

	it('9007199254740993 is beyond exact integers, not "not a whole number"', async () => {
		const { result } = await importFile('big.csv', 'Tỉnh,Điện tử,Tổng số\nHà Nội,1,9007199254740993\n');
		expect(result.findings[0]).toMatchObject({ code: 'beyondExactIntegers', reason: 'a number too large to count exactly (beyond 2^53)' });
	});

	it('every fatal message names the file', async () => {
		await expect(readFileTable('empty.csv', new Uint8Array())).rejects.toThrow(/^empty\.csv: The file is empty/);
		await expect(readFileTable('x.bin', new Uint8Array([0, 1, 2, 3, 0, 5, 6, 7, 0, 0, 200, 3]))).rejects.toThrow(/^x\.bin: The file is not text/);
		await expect(readFileTable('wide.csv', bytes('1;'.repeat(100)))).rejects.toThrow(/^wide\.csv: Row 1 has/);
	});

	it('a zip without a workbook says so (and names a Word file), not "empty"', async () => {
		const zip = new JSZip();
		zip.file('word/document.xml', '<w:document/>');
		const docx = new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
		await expect(readFileTable('phu-luc.xlsx', docx)).rejects.toThrow(/^phu-luc\.xlsx: This ZIP file holds no \.xlsx workbook \(no xl\/workbook\.xml\); it looks like a Word \(\.docx\) file/);
		const other = new JSZip();
		other.file('readme.txt', 'hello');
		await expect(readFileTable('a.zip', new Uint8Array(await other.generateAsync({ type: 'uint8array' })))).rejects.toMatchObject({ code: 'notWorkbook' });
	});

	it('an .xlsx that unzips past the limits is refused before exceljs reads it', async () => {
		const bomb = new JSZip();
		bomb.file('xl/workbook.xml', '<workbook/>');
		bomb.file('xl/worksheets/sheet1.xml', '<row r="1"/>'.repeat(210_000));
		const rows = new Uint8Array(await bomb.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
		expect(rows.length).toBeLessThan(200_000);
		await expect(readFileTable('rows.xlsx', rows)).rejects.toMatchObject({ code: 'workbookTooLarge', detail: { what: 'more than 200,000 rows in xl/worksheets/sheet1.xml' } });
		const big = new JSZip();
		big.file('xl/workbook.xml', '<workbook/>');
		big.file('xl/sharedStrings.xml', ' '.repeat(51 * 1024 * 1024));
		const size = new Uint8Array(await big.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
		await expect(readFileTable('size.xlsx', size)).rejects.toThrow(/^size\.xlsx: The workbook is too large to read in the page: unzipped size 51 MB passes the limit of 50 MB/);
	});

	it('a code left empty beside a name is resolved by the name and says so', async () => {
		const { result } = await importFile('code.csv', 'Mã tỉnh,Tỉnh,Điện tử,Tổng số\n01,Hà Nội,1,2\n,Hà Giang,3,4\n,Không rõ,5,6\n');
		expect(result.counts).toMatchObject({ imported: 2, rejected: 1 });
		expect(result.findings.slice(0, 2).map((f) => [f.row, f.code, f.reason])).toEqual([
			[3, 'codeEmptyNamed', 'code empty; unit taken from its name: Hà Giang (02)'],
			[4, 'missingValue', 'missing value']
		]);
	});

	it('the file-level summary states every part', async () => {
		const { account } = await importFile('phu-luc.csv', semicolon);
		expect(describeAccount(account, 'phu-luc.csv', 'en')).toBe('phu-luc.csv: 66 lines = 2 header + 63 imported + 1 set aside + 0 rejected');
		expect(describeAccount(account, 'phu-luc.csv', 'vi')).toBe('phu-luc.csv: 66 dòng = 2 dòng tiêu đề cột + 63 đã nhập + 1 để riêng + 0 bị loại');
	});
});
