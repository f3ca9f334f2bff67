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
