import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) =>
	run('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' }).catch((e: { code: number; stdout: string; stderr: string }) => e);

describe('the CLI on the forms officials hold (issue 11)', () => {
	it('a provincial workbook: the period of its title is used and said, signature rows set aside, exit 0, the appendix ranking', async () => {
		const [appendix, workbook] = await Promise.all([
			cli('rank', '--input', 'data/bhxh-3040-2019.csv'),
			cli('rank', '--input', 'tests/fixtures/cv3040-2019-provincial.xlsx')
		]);
		expect(workbook).toMatchObject({ stdout: appendix.stdout });
		expect('code' in workbook ? workbook.code : 0).toBe(0);
		expect(workbook.stderr).toContain(
			'note: tests/fixtures/cv3040-2019-provincial.xlsx: period 2019-08-20 read from the title on line 5 ("Số liệu đến ngày 20/8/2019"); give --period to override'
		);
		expect(workbook.stderr).toContain('note: tests/fixtures/cv3040-2019-provincial.xlsx: 77 sheet rows = 4 title/preamble + 2 header + 63 imported + 5 set aside + 0 rejected + 3 blank');
	}, 300_000);

	it('a stray line ending exits 1 naming the file and the line; report honours --period for a file without a period column', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'cli-forms-'));
		const lines = readFileSync('tests/fixtures/cv3040-2019-excel-semicolon.csv', 'utf8').split('\r\n');
		const broken = path.join(dir, 'broken.csv');
		writeFileSync(broken, [...lines.slice(0, 10), `${lines[10]}\n${lines[11]}`, ...lines.slice(12)].join('\r\n'));
		const out = path.join(dir, 'phu-luc.csv');
		const [stray, report] = await Promise.all([
			cli('rank', '--input', broken, '--period', '2019-08-20'),
			cli('report', '--input', 'tests/fixtures/cv3040-2019-letter.txt', '--period', '20/08/2019', '--indicator', 'benefits_e_dossiers', '--format', 'csv', '--out', out)
		]);
		expect(stray).toMatchObject({ code: 1, stdout: '' });
		expect(stray.stderr).toContain(`error: ${broken}: Line 11: this line ends in LF while the other lines end in CRLF`);
		expect('code' in report ? report.code : 0).toBe(0);
		expect(existsSync(out)).toBe(true);
		expect(readFileSync(out, 'utf8')).toContain('BHXH TP Hà Nội');
	}, 300_000);
});
