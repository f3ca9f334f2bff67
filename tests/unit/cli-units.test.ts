import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) => run('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });

const rows = (file: string) => {
	const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
	const names = header.split(',');
	return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i], v])));
};

describe('npm run cli -- rank --units 34', () => {
	it('ranks the 34 units on sums of their old provinces, with the new unit codes and names', async () => {
		const { stdout } = await cli('rank', '--input', 'data/bhxh-3040-2019.csv', '--units', '34');
		const lines = stdout.trimEnd().split('\n');
		expect(lines[0]).toBe('stt,rank,province_code,unit,electronic,total,rate_percent');
		expect(lines).toHaveLength(35);
		// Computed here from the files: the new Khánh Hòa is 56 + 58.
		const appendix = rows('data/bhxh-3040-2019.csv');
		const sums = rows('data/units-34.csv').map((u) => {
			const parts = appendix.filter((r) => u.old_codes.split(' ').includes(r.province_code));
			return { code: u.code, e: parts.reduce((s, p) => s + Number(p.electronic), 0), t: parts.reduce((s, p) => s + Number(p.total), 0) };
		});
		const kh = sums.find((s) => s.code === '56')!;
		const stt = sums.filter((s) => s.e * kh.t < kh.e * s.t).length + 1;
		expect(lines[stt]).toBe(`${stt},${stt},56,BHXH Tỉnh Khánh Hòa,${kh.e},${kh.t},${((kh.e / kh.t) * 100).toFixed(2)}`);
		expect(lines.slice(1).map((l) => l.split(',')[2]).sort()).toEqual(sums.map((s) => s.code).sort());
		expect(lines).toContain('9,9,79,BHXH TP Hồ Chí Minh,312372,1066186,29.30');
	});

	it('ranks best first with --order desc, and refuses another unit count', async () => {
		const { stdout } = await cli('rank', '--input', 'data/bhxh-3040-2019.csv', '--units', '34', '--order', 'desc');
		expect(stdout.split('\n')[1]).toBe('1,1,22,BHXH Tỉnh Quảng Ninh,105806,119706,88.39');
		const error = await cli('rank', '--input', 'data/bhxh-3040-2019.csv', '--units', '35').catch((e: { code: number; stderr: string }) => e);
		expect(error).toMatchObject({ code: 2 });
		expect((error as { stderr: string }).stderr).toContain('--units is one of 63, 34; got "35"');
	});
});
