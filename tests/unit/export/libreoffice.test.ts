import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendixDocx, letterDocx } from '../../../src/lib/export/docx-report';
import { reportXlsx } from '../../../src/lib/export/xlsx-report';
import { appendixFromLetter, model2019 } from './fixture-2019';
import { convert, tool } from './libreoffice';
import { officeName } from '../../../src/lib/geo/names';
import { embedded } from '../../../src/lib/data/embedded';
import { createResolver } from '../../../src/lib/geo/resolve';

// The exports for the 2019 data, opened by a real office suite: what an official will do with them.

const dir = mkdtempSync(path.join(tmpdir(), 'report-2019-'));
const files = { appendix: path.join(dir, 'appendix.docx'), letter: path.join(dir, 'letter.docx'), sheet: path.join(dir, 'sheet.xlsx') };
const letterRows = appendixFromLetter();
const resolver = createResolver(embedded.reference.provinces);
const provinces = new Map(embedded.reference.provinces.map((p) => [p.code, p]));

/** The appendix as the letter prints it, each row as [STT, unit, electronic, total, rate] with our unit naming. */
const expectedRows = letterRows.map((l) => {
	const resolved = resolver.resolve(l.name);
	if (!resolved.ok) throw new Error(`cannot resolve ${l.name}`);
	return [l.stt, officeName(provinces.get(resolved.code)!), l.electronic, l.total, l.rate];
});

/** The table rows found in a text export: five lines per row after the header, up to the total row. */
function rowsInText(text: string): string[][] {
	const lines = text.split(/\r?\n/).map((l) => l.trim());
	const start = lines.indexOf('Tổng số') + 1;
	const end = lines.indexOf('Tổng cộng', start);
	const cells = lines.slice(start, end).filter(Boolean);
	const rows = [];
	for (let i = 0; i < cells.length; i += 5) rows.push(cells.slice(i, i + 5));
	return rows;
}

async function pdfFacts(pdf: string) {
	const info = await tool('pdfinfo', [pdf]);
	const fonts = await tool('pdffonts', [pdf]);
	const fontNames = fonts.split('\n').slice(2).filter(Boolean).map((l) => l.split(/\s+/)[0].replace(/^[A-Z]{6}\+/, ''));
	const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
	const pageTexts: string[] = [];
	for (let p = 1; p <= pages; p++) pageTexts.push(await tool('pdftotext', ['-layout', '-f', String(p), '-l', String(p), pdf, '-']));
	return { info, fontNames, pages, pageTexts };
}

describe('the 2019 exports opened by LibreOffice', () => {
	let pdfDir: string;
	let txtDir: string;
	let csvDir: string;

	beforeAll(async () => {
		const model = model2019({ highlightBelow: true });
		writeFileSync(files.appendix, await appendixDocx(model));
		writeFileSync(files.letter, await letterDocx(model));
		writeFileSync(files.sheet, await reportXlsx(model));
		pdfDir = await convert(Object.values(files), 'pdf');
		txtDir = await convert([files.appendix, files.letter], 'txt:Text (encoded):UTF8');
		// Vietnamese locale: the number formats must then show 168.121 and 0,22% exactly as the appendix.
		csvDir = await convert([files.sheet], 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true', { locale: 'vi_VN.UTF-8' });
	}, 240_000);

	it.each(['appendix', 'letter'])('the %s .docx as text holds the 63 rows exactly as the appendix, in order', (name) => {
		const text = readFileSync(path.join(txtDir, `${name}.txt`), 'utf8');
		expect(rowsInText(text)).toEqual(expectedRows);
		expect(text).toContain('TỶ LỆ GIAO DỊCH ĐIỆN TỬ LĨNH VỰC THỰC HIỆN CHÍNH SÁCH BHXH');
		expect(text).toContain('(Kèm theo Công văn số 3040/BHXH-CNTT ngày 20 tháng 08 năm 2019 của BHXH Việt Nam)');
	});

	it('the letter has the motto block, number, dateline, addressee and Nơi nhận before the appendix', () => {
		const text = readFileSync(path.join(txtDir, 'letter.txt'), 'utf8');
		const order = [
			'BẢO HIỂM XÃ HỘI VIỆT NAM',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Số: 3040/BHXH-CNTT',
			'Hà Nội, ngày 20 tháng 08 năm 2019',
			'Kính gửi:',
			'36,99%',
			'Nơi nhận:',
			'\nPhụ lục\n'
		].map((s) => text.replace(/\r\n/g, '\n').indexOf(s));
		expect(order.every((i) => i >= 0)).toBe(true);
		expect(order.slice(5)).toEqual([...order.slice(5)].sort((a, b) => a - b));
	});

	it('the .xlsx shown in a Vietnamese locale holds the 63 rows exactly as the appendix', () => {
		const csv = readFileSync(path.join(csvDir, 'sheet.csv'), 'utf8');
		const rows = csv
			.split(/\r?\n/)
			.map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')))
			.filter((r) => /^\d+$/.test(r[0]));
		expect(rows.map((r) => r.slice(0, 5))).toEqual(expectedRows);
	});

	it.each(['appendix', 'letter', 'sheet'])('the %s PDF is A4 and set in Times New Roman (or its metric twin Liberation Serif)', async (name) => {
		const { info, fontNames } = await pdfFacts(path.join(pdfDir, `${name}.pdf`));
		expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
		expect(fontNames.length).toBeGreaterThan(0);
		// Liberation Serif is what LibreOffice substitutes for Times New Roman where the Microsoft font
		// is not installed; any other font (DejaVu) means a glyph was missing.
		for (const font of fontNames) expect(font).toMatch(/^(TimesNewRoman|LiberationSerif)/);
	});

	it('the appendix repeats its header on every page, numbers pages from the second, and never splits a row', async () => {
		const { pages, pageTexts } = await pdfFacts(path.join(pdfDir, 'appendix.pdf'));
		expect(pages).toBeGreaterThanOrEqual(2);
		expect(pageTexts[0].trimStart().startsWith('Phụ lục')).toBe(true);
		for (let p = 1; p < pages; p++) {
			expect(pageTexts[p].trimStart().split('\n')[0].trim()).toBe(String(p + 1));
			expect(pageTexts[p]).toMatch(/STT\s+Đơn vị/);
			expect(pageTexts[p]).toContain('Giao dịch');
		}
		// every STT 1..63 appears exactly once over all pages (a split row would break its line)
		const stts = pageTexts.flatMap((t) => [...t.matchAll(/^\s*(\d{1,2})\s+BHXH /gm)].map((m) => Number(m[1])));
		expect(stts).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
	});

	it('the letter is one page here, then the appendix starts a new page and numbers its own pages from 1', async () => {
		const { pages, pageTexts } = await pdfFacts(path.join(pdfDir, 'letter.pdf'));
		expect(pages).toBe(3);
		expect(pageTexts[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		expect(pageTexts[1].trimStart().startsWith('Phụ lục')).toBe(true);
		expect(pageTexts[2].trimStart().split('\n')[0].trim()).toBe('2');
	});

	it('the .xlsx prints its header rows again on page 2, numbered from the second page', async () => {
		const { pages, pageTexts } = await pdfFacts(path.join(pdfDir, 'sheet.pdf'));
		expect(pages).toBeGreaterThanOrEqual(2);
		expect(pageTexts[0].trimStart().startsWith('Phụ lục')).toBe(true);
		expect(pageTexts[1].trimStart().split('\n')[0].trim()).toBe('2');
		expect(pageTexts[1]).toMatch(/STT\s+Đơn vị/);
	});

	it('the Word files declare Times New Roman, A4, the decree margins, repeated header rows and unsplittable rows', async () => {
		const zip = await JSZip.loadAsync(readFileSync(files.appendix));
		const xml = await zip.file('word/document.xml')!.async('string');
		expect(xml).toContain('w:ascii="Times New Roman"');
		expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
		expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
		expect(xml).toContain('<w:titlePg');
		expect((xml.match(/<w:tblHeader/g) ?? []).length).toBe(2);
		expect((xml.match(/<w:cantSplit/g) ?? []).length).toBe(2 + 63 + 1);
		// highlighting: the 55 units below 80% have their 5 cells shaded, no other cell is
		expect((xml.match(/w:fill="FBE3D6"/g) ?? []).length).toBe(55 * 5);
	});
});
