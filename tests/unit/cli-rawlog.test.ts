import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// `rank` and `report` read raw dossier logs (one row per dossier) through loadInput, like the table files.
const run = promisify(execFile);
const cli = (...args: string[]) => run('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' });
type Failure = { code: number; stdout: string; stderr: string };
const dir = mkdtempSync(path.join(tmpdir(), 'cli-rawlog-'));

function log(name: string, lines: string[]): string {
	const file = path.join(dir, name);
	writeFileSync(file, `${lines.join('\n')}\n`);
	return file;
}

const CLEAN = [
	'Ngày tiếp nhận,Tỉnh,Kênh,Số hồ sơ',
	'01/03/2024,Hà Nội,điện tử,HS1',
	'02/03/2024,BHXH TP Hà Nội,giấy,HS2',
	'03/03/2024,TP HCM,điện tử,HS3',
	'04/03/2024,Khánh Hòa,giấy,HS4',
	'05/04/2024,Khánh Hoà,VssID,HS5'
];
const HEADER = 'stt,rank,province_code,unit,electronic,total,rate_percent';

describe('npm run cli -- rank --input RAW_LOG', () => {
	it('counts the dossiers per unit; the latest month by default, any month with --period', async () => {
		const file = log('clean.csv', CLEAN);
		const latest = await cli('rank', '--input', file);
		expect(latest.stdout.trimEnd().split('\n')).toEqual([HEADER, '1,1,56,BHXH Tỉnh Khánh Hòa,1,1,100.00']);
		expect(latest.stderr).toContain(`note: ${file} is a raw dossier log (one row per dossier): 5 rows aggregated by month`);
		const march = await cli('rank', '--input', file, '--period', '2024-03');
		expect(march.stdout.trimEnd().split('\n')).toEqual([
			HEADER,
			'1,1,56,BHXH Tỉnh Khánh Hòa,0,1,0.00',
			'2,2,01,BHXH TP Hà Nội,1,2,50.00',
			'3,3,79,BHXH TP Hồ Chí Minh,1,1,100.00'
		]);
	});

	it('--memory and --threads reach DuckDB (said in the note); a bad value is a usage error for rank, report and publish', async () => {
		const file = log('bounded.csv', CLEAN);
		const bounded = await cli('rank', '--input', file, '--memory', '500MB', '--threads', '1');
		expect(bounded.stderr).toContain('rows aggregated by month (DuckDB: 1 thread, memory limit 476.8 MiB)');
		const usual = await cli('rank', '--input', file);
		expect(usual.stdout).toBe(bounded.stdout);
		expect(usual.stderr).toMatch(/rows aggregated by month \(DuckDB: \d+ threads?, memory limit 2\.7 GiB\)/);
		const refused = await Promise.all([
			cli('rank', '--input', file, '--threads', '0'),
			cli('report', '--input', file, '--format', 'csv', '--out', path.join(dir, 'r.csv'), '--memory', 'lots'),
			cli('publish', '--input', file, '--dry-run', '--threads', 'two')
		].map((p) => p.catch((e: Failure) => e)));
		expect(refused.map((r) => [(r as Failure).code, (r as Failure).stderr.split('\n')[0]])).toEqual([
			[2, 'error: --threads is a whole number ≥ 1; got "0"'],
			[2, 'error: --memory is like 3GB or 800MB; got "lots"'],
			[2, 'error: --threads is a whole number ≥ 1; got "two"']
		]);
	}, 120_000);

	it.each([
		['--granularity quarter', ['--granularity', 'quarter', '--period', '2024-Q1'], ['1,1,56,BHXH Tỉnh Khánh Hòa,0,1,0.00', '2,2,01,BHXH TP Hà Nội,1,2,50.00', '3,3,79,BHXH TP Hồ Chí Minh,1,1,100.00']],
		['the grouping of --period (a year; equal rates share a rank)', ['--period', '2024', '--order', 'desc'], ['1,1,79,BHXH TP Hồ Chí Minh,1,1,100.00', '2,2,01,BHXH TP Hà Nội,1,2,50.00', '3,2,56,BHXH Tỉnh Khánh Hòa,1,2,50.00']]
	])('groups by %s', async (_, args, rows) => {
		const { stdout } = await cli('rank', '--input', log('grouped.csv', CLEAN), ...args);
		expect(stdout.trimEnd().split('\n')).toEqual([HEADER, ...rows]);
	});

	it('lists rejected dossiers by reason on stderr, still ranks the rest, and exits 1', async () => {
		const file = log('bad.csv', [...CLEAN, '31/02/2024,Hà Nội,giấy,HS6', '06/04/2024,Hà Nội,fax,HS7', '07/04/2024,Atlantis,giấy,HS8']);
		const error = (await cli('rank', '--input', file, '--period', '2024-04').catch((e: Failure) => e)) as Failure;
		expect(error.code).toBe(1);
		expect(error.stdout.trimEnd().split('\n')).toEqual([HEADER, '1,1,56,BHXH Tỉnh Khánh Hòa,1,1,100.00']);
		expect(error.stderr).toContain(`error: ${file}: 1 row(s) rejected: bad-date; e.g. "31/02/2024"`);
		expect(error.stderr).toContain(`error: ${file}: 1 row(s) rejected: unknown-channel; e.g. "fax"`);
		expect(error.stderr).toContain(`error: ${file}: 1 row(s) rejected: unknown-province; e.g. "Atlantis"`);
		expect(error.stderr).toContain(`${file}: 8 rows read, 5 imported, 0 set aside, 3 rejected`);
	});

	it('ranks the 34 units for months from July 2025, and the 63 provinces before', async () => {
		const file = log('merger.csv', [
			'Ngày tiếp nhận,Tỉnh,Kênh',
			'30/06/2025,Hà Giang,điện tử',
			'30/06/2025,Tuyên Quang,giấy',
			'01/07/2025,Tuyên Quang,điện tử',
			'02/07/2025,Tuyên Quang,giấy',
			'03/07/2025,TP HCM,điện tử'
		]);
		const july = await cli('rank', '--input', file, '--period', '2025-07');
		expect(july.stdout.trimEnd().split('\n')).toEqual([HEADER, '1,1,08,BHXH Tỉnh Tuyên Quang,1,2,50.00', '2,2,79,BHXH TP Hồ Chí Minh,1,1,100.00']);
		const june = await cli('rank', '--input', file, '--period', '2025-06');
		expect(june.stdout.trimEnd().split('\n')).toEqual([HEADER, '1,1,08,BHXH Tỉnh Tuyên Quang,0,1,0.00', '2,2,02,BHXH Tỉnh Hà Giang,1,1,100.00']);
		const year = await cli('rank', '--input', file, '--period', '2025');
		expect(year.stdout.trimEnd().split('\n')).toEqual([HEADER, '1,1,08,BHXH Tỉnh Tuyên Quang,2,4,50.00', '2,2,79,BHXH TP Hồ Chí Minh,1,1,100.00']);
	});

	it('says when a log is synthetic', async () => {
		const file = log('synthetic.csv', ['# SYNTHETIC log made by scripts/gen-rawlog.ts', ...CLEAN]);
		const { stderr } = await cli('rank', '--input', file);
		expect(stderr).toContain(`note: ${file} says it is SYNTHETIC: illustrative figures, not real data`);
	});
});

describe('npm run cli -- report --input RAW_LOG', () => {
	it('writes the appendix of a clean log', async () => {
		const out = path.join(dir, 'report.csv');
		await cli('report', '--input', log('report.csv', CLEAN), '--format', 'csv', '--period', '2024-03', '--out', out);
		const text = readFileSync(out, 'utf8');
		expect(text).toContain('Hồ Chí Minh');
		expect(text).toContain('Khánh Hòa');
	});

	it('refuses a log with rejected dossiers, naming them', async () => {
		const file = log('report-bad.csv', [...CLEAN, '06/04/2024,Hà Nội,fax,HS7']);
		const error = (await cli('report', '--input', file, '--format', 'csv', '--out', path.join(dir, 'never.csv')).catch((e: Failure) => e)) as Failure;
		expect(error.code).toBe(1);
		expect(error.stderr).toContain(`error: ${file}: 1 row(s) rejected: unknown-channel; e.g. "fax"`);
		expect(error.stderr).toContain(`error: ${file}: 1 row(s) rejected (see the findings above)`);
	});
});
