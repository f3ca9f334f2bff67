import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { buildImport, ImportError, MAX_IN_PAGE_BYTES, readFileTable, readPastedTable, COLUMN_ROLES, type ColumnRole } from '../../../../src/lib/data/import/index';

const reference = embedded.reference;
const names = [...reference.provinces.map((p) => p.name), 'BHXH Tp. Hà Nội', 'TP HCM', 'Tổng cộng', 'Dac Lac', 'Hanoii', '<script>alert(1)</script>', ''];
const numbers = ['0', '12', '168.121', '168,121', '-5', '3,5', '0,22%', '1.2.3', 'abc', '', '99,42%', '(7)', '1e5'];
const headers = ['Mã tỉnh', 'Tỉnh', 'Đơn vị', 'Hồ sơ GDĐT', 'Tổng số', 'Tỷ lệ', 'Kỳ', 'Lĩnh vực', 'STT', 'Ghi chú', ''];
const periods = ['2019', '2025-07', 'Quý 3/2019', 'hôm nay', ''];

const cell = fc.oneof(fc.constantFrom(...names), fc.constantFrom(...numbers), fc.constantFrom(...periods), fc.string({ maxLength: 8 }));
const row = fc.array(cell, { minLength: 1, maxLength: 8 });
const file = fc.record({
	header: fc.array(fc.constantFrom(...headers), { minLength: 1, maxLength: 8 }),
	rows: fc.array(row, { maxLength: 40 }),
	delimiter: fc.constantFrom(';', ',', '\t', '|'),
	crlf: fc.boolean()
});
const quote = (c: string, d: string) => (/["\n\r]/.test(c) || c.includes(d) ? `"${c.replace(/"/g, '""')}"` : c);
const render = (f: { header: string[]; rows: string[][]; delimiter: string; crlf: boolean }) =>
	[f.header, ...f.rows].map((r) => r.map((c) => quote(c, f.delimiter)).join(f.delimiter)).join(f.crlf ? '\r\n' : '\n');

describe('import properties over generated files', () => {
	it('conservation: every row read is imported, set aside or rejected, and nothing else is thrown', () => {
		fc.assert(
			fc.property(file, fc.array(fc.constantFrom(...COLUMN_ROLES), { maxLength: 8 }), fc.constantFrom(null, '2019', '2025-07'), (f, override, period) => {
				let source;
				try {
					source = readPastedTable(render(f));
				} catch (error) {
					expect(error).toBeInstanceOf(ImportError);
					return;
				}
				for (const roles of [source.layout.roles, override as ColumnRole[]]) {
					let result;
					try {
						result = buildImport(source.table, source.layout, { roles, period, indicator: 'benefits_e_dossiers' }, reference);
					} catch (error) {
						// An ambiguity (row numbers read as counts, roles changing mid-file) stops rather than guesses.
						expect(error).toMatchObject({ code: 'ambiguous' });
						continue;
					}
					const dataRows = source.table.rows.length - Math.max(0, source.layout.headerIndex + source.layout.headerRows);
					expect(result.counts.read).toBe(dataRows);
					if (result.missing.length > 0) continue;
					const { read, imported, setAside, rejected } = result.counts;
					expect(imported + setAside + rejected).toBe(read);
					expect(result.rows).toHaveLength(read);
					expect(result.observations).toHaveLength(imported);
					for (const r of result.rows) {
						if (r.status !== 'imported') expect(r.findings.length).toBeGreaterThan(0);
						if (r.status === 'rejected') expect(r.findings.some((x) => x.severity === 'error')).toBe(true);
					}
					for (const o of result.observations) {
						expect(Number.isSafeInteger(o.electronic) && o.electronic >= 0 && o.electronic <= o.total).toBe(true);
					}
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('any bytes either read as a table or fail with an ImportError', async () => {
		await fc.assert(
			fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.csv', 'b.xlsx', 'c.txt'), async (bytes, name) => {
				try {
					await readFileTable(name, bytes);
				} catch (error) {
					expect(error).toBeInstanceOf(ImportError);
				}
			}),
			{ numRuns: 300 }
		);
	});
});

describe('hostile input gets a clear message, quickly', () => {
	it('a 1 MB single line', async () => {
		const line = 'x'.repeat(1024 * 1024);
		const source = await readFileTable('one-line.csv', new TextEncoder().encode(line));
		const result = buildImport(source.table, source.layout, { roles: ['name', 'electronic', 'total'], period: '2019', indicator: 'benefits_e_dossiers' }, reference);
		expect(result.counts.read + Math.max(0, source.layout.headerIndex + source.layout.headerRows)).toBe(1);
	});

	it('a 1 MB line of delimiters is refused as too many columns', async () => {
		await expect(readFileTable('wide.csv', new TextEncoder().encode('1;'.repeat(512 * 1024)))).rejects.toMatchObject({ code: 'tooManyColumns' });
	});

	it('a file over the in-page limit points to the raw-log import', async () => {
		const big = new Uint8Array(MAX_IN_PAGE_BYTES + 1);
		await expect(readFileTable('big.csv', big)).rejects.toMatchObject({ code: 'tooLarge' });
	});

	it('an empty file and a blank paste', async () => {
		await expect(readFileTable('empty.csv', new Uint8Array())).rejects.toMatchObject({ code: 'empty' });
		expect(() => readPastedTable(' \n\t\n')).toThrow(ImportError);
	});

	it('an old .xls and a broken .xlsx', async () => {
		await expect(readFileTable('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]))).rejects.toMatchObject({ code: 'unsupported' });
		await expect(readFileTable('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toMatchObject({ code: 'badWorkbook' });
	});
});
