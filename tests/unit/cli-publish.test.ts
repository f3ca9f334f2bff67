import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCatalogueFromDir } from '../../src/cli/catalogue-files';
import { embedded } from '../../src/lib/data/embedded';
import { buildRanking } from '../../src/lib/metrics/ranking';

const run = promisify(execFile);
type Outcome = { code: number; stdout: string; stderr: string };
const cli = (...args: string[]): Promise<Outcome> =>
	run('npx', ['tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8' }).then(
		({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
		(e: Outcome) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr })
	);

/** A fresh copy of data/ and a work folder for input files. */
function workspace(): { dir: string; data: string } {
	const dir = mkdtempSync(path.join(tmpdir(), 'publish-'));
	cpSync('data', path.join(dir, 'data'), { recursive: true });
	return { dir, data: path.join(dir, 'data') };
}

/** Every file under a directory (any name, hidden ones too) with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (rel: string) => {
		for (const e of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
			const child = path.join(rel, e.name);
			if (e.isDirectory()) walk(child);
			else out[child] = createHash('sha256').update(readFileSync(path.join(dir, child))).digest('hex');
		}
	};
	walk('');
	return out;
}

const appendix = readFileSync('data/bhxh-3040-2019.csv', 'utf8');
/** The appendix as if it were the figures of another date (same layout as the letter's table). */
const asOf = (date: string, edit: (text: string) => string = (t) => t) => edit(appendix.replaceAll('2019-08-20', date));

// Each case starts the CLI once or twice (a few seconds each, more on a busy machine).
describe('npm run cli -- publish', { timeout: 240_000 }, () => {
	it('round trip: publishes a period that the build’s data layer then reads with the same figures', async () => {
		const { dir, data } = workspace();
		const input = path.join(dir, 'thang-9.csv');
		writeFileSync(input, asOf('2019-09-30'));
		const out = await cli('publish', '--input', input, '--data', data);
		// Nothing on stderr but the file's line accounting (issue 11): no warning, no finding.
		expect(out.stderr).toBe(`note: ${input}: 64 lines = 1 header + 63 imported + 0 set aside + 0 rejected\n`);
		expect(out.code).toBe(0);
		expect(out.stdout).toContain('published cv3040-2019 2019-09-30 benefits_e_dossiers: 63 units, revision 1');
		expect(out.stdout).toContain(`wrote ${data}/catalogue/cv3040-2019/benefits_e_dossiers/2019-09-30.r1.csv`);

		const catalogue = loadCatalogueFromDir(data, embedded.reference);
		const release = catalogue.releases.at(-1)!;
		expect(release).toMatchObject({ dataset: 'cv3040-2019', period: '2019-09-30', revision: 1, rowsRead: 63, rowsImported: 63, rowsSetAside: 0, sourceFile: 'thang-9.csv' });
		expect(release.sourceSha256).toBe(createHash('sha256').update(readFileSync(input)).digest('hex'));
		const series = catalogue.current[0];
		expect(new Set(series.observations.map((o) => o.period))).toEqual(new Set(['2019-08-20', '2019-09-30']));
		// The page's figures: the ranking of the new period is that of the file published.
		const sept = series.observations.filter((o) => o.period === '2019-09-30').map((o) => ({ code: o.unitCode, electronic: o.electronic, total: o.total }));
		const aug = embedded.appendix.observations.map((o) => ({ code: o.unitCode, electronic: o.electronic, total: o.total }));
		const strip = (rows: ReturnType<typeof buildRanking>) => rows.map((r) => [r.position, r.code, r.electronic, r.total, r.rateHundredths]);
		expect(strip(buildRanking(sept, embedded.reference.provinces, 'desc', null))).toEqual(strip(buildRanking(aug, embedded.reference.provinces, 'desc', null)));
		expect(strip(buildRanking(sept, embedded.reference.provinces, 'desc', null))[0]).toEqual([1, '79', 84196, 84690, 9942]);
	});

	it('--dry-run says what it would write and writes nothing', async () => {
		const { dir, data } = workspace();
		const before = snapshot(data);
		const input = path.join(dir, 'm.csv');
		writeFileSync(input, asOf('2019-09-30'));
		const out = await cli('publish', '--input', input, '--data', data, '--dry-run');
		expect(out.code).toBe(0);
		expect(out.stdout).toContain('dry run, nothing written: would publish cv3040-2019 2019-09-30 benefits_e_dossiers: 63 units, revision 1');
		expect(snapshot(data)).toEqual(before);
	});

	it.each([
		['a rejected row', asOf('2019-09-30', (t) => t.replace(',0,168121,0.00', ',168122,168121,0.00')), [], /line 2, column electronic: .*exceeds/],
		['a period that does not parse', asOf('2019-09-30'), ['--period', '13/2019'], /--period "13\/2019" is not a period/],
		['an unknown indicator', asOf('2019-09-30'), ['--indicator', 'no_such'], /--indicator "no_such" is not an indicator/],
		['a period already published, without --revise', appendix, [], /2019-08-20 \/ benefits_e_dossiers is already published in cv3040-2019 \(revision 1 of 2019-08-20\); to correct it, run again with --revise "reason"/],
		['a missing unit', asOf('2019-09-30', (t) => t.split('\n').filter((l) => !l.includes(',56,')).join('\n')), [], /1 of the 63 units have no figures for 2019-09-30 \(56 Khánh Hòa\)/],
		['--revise of a period never published', asOf('2019-09-30'), ['--revise', 'sửa'], /is not published yet/],
		['a revision with the same figures', appendix, ['--revise', 'sửa'], /nothing to revise/],
		['the wrong period chosen', asOf('2019-09-30'), ['--period', '2019-10'], /no figures for 2019-10/]
	])('refuses %s: exit 1, the reason on stderr, data/ byte for byte as it was', async (_, text, extra, message) => {
		const { dir, data } = workspace();
		const input = path.join(dir, 'input.csv');
		writeFileSync(input, text);
		const before = snapshot(data);
		const out = await cli('publish', '--input', input, '--data', data, ...extra);
		expect(out.code).toBe(1);
		expect(out.stderr).toMatch(message);
		expect(out.stdout).toBe('');
		expect(snapshot(data)).toEqual(before);
	});

	it('a revision keeps the first version listed and its figures retrievable', async () => {
		const { dir, data } = workspace();
		const first = path.join(dir, 'v1.csv');
		const second = path.join(dir, 'v2.csv');
		writeFileSync(first, asOf('2019-09-30'));
		writeFileSync(second, asOf('2019-09-30', (t) => t.replace(',0,168121,0.00', ',0,168120,0.00')));
		expect((await cli('publish', '--input', first, '--data', data)).code).toBe(0);
		const out = await cli('publish', '--input', second, '--data', data, '--revise', 'Hà Nội báo lại tổng số hồ sơ');
		expect(out.code).toBe(0);
		expect(out.stdout).toContain('revision 2 (replaces revision 1: Hà Nội báo lại tổng số hồ sơ)');
		const catalogue = loadCatalogueFromDir(data, embedded.reference);
		const chain = catalogue.releases.filter((r) => r.period === '2019-09-30');
		expect(chain.map((r) => [r.revision, r.supersededBy, r.reason, r.sourceFile])).toEqual([
			[1, 2, 'Công bố lần đầu', 'v1.csv'],
			[2, null, 'Hà Nội báo lại tổng số hồ sơ', 'v2.csv']
		]);
		expect(existsSync(path.join(data, chain[0].file))).toBe(true);
		const hanoi = (obs: { unitCode: string; period: string; total: number }[]) => obs.find((o) => o.unitCode === '01' && o.period === '2019-09-30')!.total;
		expect(hanoi(catalogue.figuresOf(chain[0]).observations)).toBe(168121);
		expect(hanoi(catalogue.current[0].observations)).toBe(168120);
		// releases.csv only grew: its first lines are unchanged.
		const lines = readFileSync(path.join(data, 'catalogue/releases.csv'), 'utf8').trimEnd().split('\n');
		expect(lines.slice(0, 3)).toEqual(readFileSync('data/catalogue/releases.csv', 'utf8').trimEnd().split('\n'));
		expect(lines).toHaveLength(5);
	});
});
