import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) => run('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

describe('npm run cli -- rank', () => {
	it('prints the appendix ranking as CSV with province codes, lowest first', async () => {
		const { stdout } = await cli('rank', '--input', 'data/bhxh-3040-2019.csv', '--format', 'csv');
		const lines = stdout.trimEnd().split('\n');
		expect(lines[0]).toBe('stt,rank,province_code,unit,electronic,total,rate_percent');
		expect(lines).toHaveLength(64);
		expect(lines[1]).toBe('1,1,01,BHXH TP Hà Nội,0,168121,0.00');
		expect(lines[12]).toBe('12,12,56,BHXH Tỉnh Khánh Hòa,2138,91489,2.34');
		expect(lines[63]).toBe('63,63,79,BHXH TP Hồ Chí Minh,84196,84690,99.42');
	});

	it('ranks best first with --order desc', async () => {
		const { stdout } = await cli('rank', '--input', 'data/bhxh-3040-2019.csv', '--order', 'desc');
		expect(stdout.split('\n')[1]).toBe('1,1,79,BHXH TP Hồ Chí Minh,84196,84690,99.42');
	});

	it('fails with file, line, column and value on a bad row', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
		const file = path.join(dir, 'bad.csv');
		writeFileSync(file, 'province_code,period,indicator,electronic,total\n01,2019,benefits_e_dossiers,5,4\n');
		const error = await cli('rank', '--input', file).catch((e: { code: number; stderr: string }) => e);
		expect(error).toMatchObject({ code: 1 });
		expect((error as { stderr: string }).stderr).toContain(`${file}, line 2, column electronic: electronic exceeds total (4) (value "5")`);
	});

	it('explains its usage on a wrong option', async () => {
		const error = await cli('rank', '--input', 'data/bhxh-3040-2019.csv', '--order', 'up').catch((e: { code: number; stderr: string }) => e);
		expect(error).toMatchObject({ code: 2 });
		expect((error as { stderr: string }).stderr).toContain('--order is one of asc, desc; got "up"');
	});
});

describe('npm run cli -- rank reads every format the import page reads', () => {
	const expectedFirst = '1,1,01,BHXH TP Hà Nội,0,168121,0.00';
	const expectedLast = '63,63,79,BHXH TP Hồ Chí Minh,84196,84690,99.42';
	const appendix = async () => (await cli('rank', '--input', 'data/bhxh-3040-2019.csv')).stdout;

	it('the text of the letter, the Excel semicolon CSV and an .xlsx give the appendix ranking', async () => {
		const reference = await appendix();
		const letter = await cli('rank', '--input', 'tests/fixtures/cv3040-2019-letter.txt', '--period', '20/08/2019');
		expect(letter.stdout).toBe(reference);
		const csv = await cli('rank', '--input', 'tests/fixtures/cv3040-2019-excel-semicolon.csv', '--period', '2019-08-20', '--indicator', 'benefits_e_dossiers');
		expect(csv.stdout).toBe(reference);
		expect(csv.stderr).toContain('tests/fixtures/cv3040-2019-excel-semicolon.csv, line 66, column Đơn vị: total row: set aside, not imported (value "Tổng cộng")');

		const ExcelJS = (await import('exceljs')).default;
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Sheet1');
		ws.addRow(['Tỉnh/TP', 'Hồ sơ GDĐT', 'Tổng số hồ sơ', 'Kỳ']);
		for (const line of reference.trim().split('\n').slice(1)) {
			const [, , , unit, electronic, total] = line.split(',');
			ws.addRow([unit, Number(electronic), Number(total), '20/08/2019']);
		}
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'cli-')), 'phu-luc.xlsx');
		writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
		const xlsx = await cli('rank', '--input', file);
		expect(xlsx.stdout).toBe(reference);
		expect(reference.split('\n')[1]).toBe(expectedFirst);
		expect(reference.trimEnd().split('\n')[63]).toBe(expectedLast);
	}, 240_000);

	it('prints findings to stderr, ranks what was imported, and exits 1 when rows were rejected', async () => {
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'cli-')), 'mixed.csv');
		writeFileSync(file, '\uFEFFTỉnh;GDĐT;Tổng số\r\nHà Nội;1.000;2.000\r\nHanoii;1;2\r\nHà Giang;3;2\r\nTổng cộng;1.004;2.004\r\n');
		const error = (await cli('rank', '--input', file, '--period', '2019').catch((e) => e)) as { code: number; stdout: string; stderr: string };
		expect(error.code).toBe(1);
		expect(error.stdout.trim().split('\n')).toEqual(['stt,rank,province_code,unit,electronic,total,rate_percent', '1,1,01,BHXH TP Hà Nội,1000,2000,50.00']);
		expect(error.stderr).toContain(`error: ${file}, line 3, column Tỉnh: unknown province or unit; did you mean: Hà Nội (01)? (value "Hanoii")`);
		expect(error.stderr).toContain(`error: ${file}, line 4, column GDĐT: electronic exceeds total (2) (value "3")`);
		expect(error.stderr).toContain(`${file}: 4 rows read, 1 imported, 1 set aside, 2 rejected`);
	});

	it('refuses a binary file and asks for --period when the file has none', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'cli-'));
		writeFileSync(path.join(dir, 'x.csv'), new Uint8Array([0, 1, 2, 3, 0, 5, 6, 7, 0, 0, 200, 3]));
		const binary = (await cli('rank', '--input', path.join(dir, 'x.csv')).catch((e) => e)) as { code: number; stderr: string };
		expect(binary.code).toBe(1);
		expect(binary.stderr).toContain('looks binary');
		const noPeriod = (await cli('rank', '--input', 'tests/fixtures/cv3040-2019-letter.txt').catch((e) => e)) as { code: number; stderr: string };
		expect(noPeriod.code).toBe(2);
		expect(noPeriod.stderr).toContain('has no period column: give its period with --period');
	});
});
