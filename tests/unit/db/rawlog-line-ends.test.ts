import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { linesAtPositions, scanLineEnds } from '../../../src/lib/data/rawlog/line-ends';
import { createResolver } from '../../../src/lib/geo/resolve';
import { bothEngines, inMemory, readLog } from '../fixtures/engine';

const encode = (text: string) => new TextEncoder().encode(text);

/** Line feeds before each byte, counted the slow way. */
function naiveLine(bytes: Uint8Array, position: number): number {
	let line = 1;
	for (let i = 0; i < position && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
	return line;
}

describe('linesAtPositions: the physical line of a byte', () => {
	it.each([
		['a\nb\nc\n', [0, 2, 4], [1, 2, 3]],
		['a\r\n"x\r\ny"\r\nc\r\n', [0, 3, 11], [1, 2, 4]],
		['"p\nq\nr"\nb\n', [9], [4]],
		['a\n"x\ny"\nc\n', [8], [4]],
		['"p\nq\nr"\nb\nc\n', [8], [4]]
	])('%j at %j', async (text, positions, lines) => {
		const bytes = encode(text);
		const got = await linesAtPositions(inMemory(bytes).read, bytes.length, positions);
		expect(positions.map((p) => got.get(p))).toEqual(lines);
	});

	it('agrees with counting line feeds, whatever the bytes and however they are read', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(fc.constantFrom(0x61, 0x0a, 0x0d, 0x22, 0x3b), { maxLength: 200 }), fc.array(fc.nat(220), { maxLength: 6 }), async (raw, positions) => {
				const bytes = new Uint8Array(raw);
				const got = await linesAtPositions(inMemory(bytes).read, bytes.length, positions);
				for (const p of positions) expect(got.get(p)).toBe(naiveLine(bytes, Math.min(p, bytes.length)));
			})
		);
	});
});

describe('scanLineEnds: line ends and records of the wrong width', () => {
	const scan = (text: string, columnCount = 2) => scanLineEnds(inMemory(encode(text)).read, encode(text).length, { start: 0, firstLine: 1, delimiter: ';', columnCount });
	it.each([
		['a;b\nc;d\n', { lf: 2, crlf: 0, bareCr: null, malformed: 0 }],
		['a;b\r\nc;d\r\n', { lf: 0, crlf: 2, bareCr: null, malformed: 0 }],
		['a;b\nc;d\r\ne;f', { lf: 1, crlf: 1, bareCr: null, malformed: 0 }],
		['a;"x\r\ny\nz"\nc;d\r\n', { lf: 1, crlf: 1, bareCr: null, malformed: 0 }],
		['a;"x\ry"\nc;d\n', { lf: 2, crlf: 0, bareCr: null, malformed: 0 }],
		['a;b\nc;d\re;f\n', { lf: 2, crlf: 0, bareCr: 2, malformed: 1 }],
		['a;b;c\n"x\ny";z\nq\n;\n', { lf: 4, crlf: 0, bareCr: null, malformed: 2 }]
	])('%j', async (text, want) => {
		const got = await scan(text);
		expect({ lf: got.lf, crlf: got.crlf, bareCr: got.bareCr, malformed: got.malformed }).toEqual(want);
	});
	it('names a malformed record by the line where it starts', async () => {
		const got = await scan('a;b\n"x\ny";z\nq\n"r\ns";t;u\r\nv;w\n');
		expect(got.examples).toEqual([
			{ line: 4, text: 'q' },
			{ line: 5, text: '"rs";t;u' }
		]);
	});
});

// A log checked by hand: 10 physical lines, quoted line breaks in the office column, rows of the
// wrong width on lines 5 and 9. Counted: 4 rows (2024-03: Hà Nội 1 electronic + 1 paper; Khánh Hòa 1
// paper; TP HCM 1 electronic); rejected: 2 malformed lines.
const LINES = [
	'Ngày tiếp nhận;Tỉnh;Kênh;Cơ quan tiếp nhận',
	'2024-03-15;Hà Nội;Điện tử;"BHXH quận',
	'Ba Đình"',
	'2024-03-16;Hà Nội;giấy;BHXH cơ sở 1',
	'2024-03-17;Hà Nội;giấy',
	'2024-03-18;Khánh Hòa;giấy;"BHXH',
	'thành phố',
	'Nha Trang"',
	'2024-03-19;Khánh Hòa;giấy;A;B',
	'2024-03-20;TP HCM;Điện tử;BHXH cơ sở 2'
];
const joined = (ends: (i: number) => string) => LINES.map((l, i) => l + ends(i)).join('');
const LOGS: [string, string][] = [
	['LF', joined(() => '\n')],
	['CRLF', joined(() => '\r\n')],
	['mixed LF and CRLF', joined((i) => (i % 3 === 1 ? '\r\n' : '\n'))],
	['mixed, CRLF first', joined((i) => (i % 2 === 0 ? '\r\n' : '\n'))]
];

const options = { granularity: 'month' as const, defaultIndicator: 'benefits_e_dossiers', resolver: createResolver(embedded.reference.provinces) };

describe('the one-pass reader names malformed lines by physical line and reads mixed line ends, on both engines', () => {
	let n = 0;
	describe.each(bothEngines())('$name', (e) => {
		const read = (text: string) => readLog(e, `log-${++n}.csv`, text, options);

		it.each(LOGS)('%s', async (_, text) => {
			const out = await read(text);
			if (out.status !== 'done') throw new Error('cancelled');
			const { summary } = out;
			expect([summary.rowsRead, summary.imported, summary.rejectedRows]).toEqual([6, 4, 2]);
			expect(summary.rejections.map((r) => r.reason)).toEqual(['malformed-line']);
			expect(summary.rejections[0].examples.map((x) => x.slice(0, x.indexOf(' ')))).toEqual(['#5', '#9']);
			const cells = summary.dataset.observations.map((o) => [o.unitCode, o.period, o.electronic, o.total].join(' ')).sort();
			expect(cells).toEqual(['01 2024-03 1 2', '56 2024-03 0 1', '79 2024-03 1 1']);
			expect(out.offices.find((o) => o.unitCode === '56')?.office).toBe('BHXH thành phố Nha Trang');
		});

		it('a line ended by CR alone stops the import with the file and the line', async () => {
			const text = `${LINES.slice(0, 4).join('\n')}\r${LINES.slice(4).join('\n')}\n`.replace('giấy;B\n', 'giấy;B\r\n');
			await expect(read(text)).rejects.toMatchObject({ name: 'RawLogFormatError', problem: 'line-ends', line: 4 });
		});
	});
});
