import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) => run('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
const dir = mkdtempSync(path.join(tmpdir(), 'cli-report-'));
const INPUT = ['--input', 'data/bhxh-3040-2019.csv'];

describe('npm run cli -- report', () => {
	it('writes the CSV appendix: BOM, Vietnamese formats, best first with --order desc', async () => {
		const out = path.join(dir, 'a.csv');
		await cli('report', ...INPUT, '--format', 'csv', '--order', 'desc', '--out', out);
		const text = readFileSync(out, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text.split('\r\n')[1]).toBe('"1","BHXH TP Hồ Chí Minh","84.196","84.690","99,42%","79"');
	});

	it('sums onto the 34 units with --units 34', async () => {
		const out = path.join(dir, '34.csv');
		await cli('report', ...INPUT, '--format', 'csv', '--units', '34', '--out', out);
		const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
		expect(lines).toHaveLength(1 + 34 + 1 + 1);
		expect(lines[35]).toBe('"","Tổng cộng","1.545.438","4.177.524","36,99%",""');
		expect(lines[36]).toMatch(/^"","Nguồn số liệu: .*34 đơn vị hành chính/);
	});

	it('writes the letter with its number and date, and the appendix after it', async () => {
		const out = path.join(dir, 'letter.docx');
		await cli('report', ...INPUT, '--format', 'docx', '--letter', '--number', '3040/BHXH-CNTT', '--date', '2019-08-20', '--out', out);
		const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
		expect(xml).toContain('Số: 3040/BHXH-CNTT');
		expect(xml).toContain('Hà Nội, ngày 20 tháng 08 năm 2019');
		expect(xml.indexOf('Nơi nhận:')).toBeLessThan(xml.indexOf('>Phụ lục<'));
		expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(2);
	});

	it('writes the xlsx', async () => {
		const out = path.join(dir, 'a.xlsx');
		await cli('report', ...INPUT, '--format', 'xlsx', '--out', out);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.readFile(out);
		expect(workbook.worksheets[0].getCell('B7').value).toBe('BHXH TP Hà Nội');
	});

	it.each([
		[['--format', 'pdf'], '--format is one of docx, xlsx, csv; got "pdf"'],
		[['--format', 'csv', '--letter'], '--letter goes with --format docx'],
		[['--format', 'docx', '--date', '20/08/2019'], '--date is a date written YYYY-MM-DD; got "20/08/2019"'],
		[['--format', 'docx', '--units', '40'], '--units is one of 63, 34; got "40"']
	])('explains a wrong option %j', async (args, message) => {
		const error = await cli('report', ...INPUT, ...args, '--out', path.join(dir, 'x')).catch((e: { code: number; stderr: string }) => e);
		expect(error).toMatchObject({ code: 2 });
		expect((error as { stderr: string }).stderr).toContain(message);
	});
});
