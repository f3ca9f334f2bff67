import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCatalogueFromDir } from '../../../src/cli/catalogue-files';
import { NotPublishable, preparePublication } from '../../../src/lib/data/catalogue/prepare';
import { embedded } from '../../../src/lib/data/embedded';
import { buildImport, readFileTable, toDataset } from '../../../src/lib/data/import/index';

const run = promisify(execFile);

/** The letter's table imported as the import page does, as the figures of September 2019. */
async function importedLetter() {
	const source = await readFileTable('letter.txt', new Uint8Array(readFileSync('tests/fixtures/cv3040-2019-letter.txt')));
	const result = buildImport(source.table, source.layout, { roles: source.layout.roles, period: '2019-09', indicator: 'benefits_e_dossiers' }, embedded.reference);
	return { result, dataset: toDataset(result, { id: 'imp-1', titleVi: 'Thư', titleEn: 'Letter', source: 'letter.txt', nature: 'real' }) };
}

describe('Chuẩn bị phát hành: an imported dataset as a file publish accepts unchanged', { timeout: 240_000 }, () => {
	it('publish reads the prepared file and publishes exactly its figures', async () => {
		const { result, dataset } = await importedLetter();
		expect(result.counts.rejected).toBe(0);
		const prepared = preparePublication(dataset, result.counts.rejected, '2019-09', 'benefits_e_dossiers');
		expect(prepared).toMatchObject({ fileName: 'phat-hanh_benefits_e_dossiers_2019-09.csv', units: 63 });

		const dir = mkdtempSync(path.join(tmpdir(), 'prepare-'));
		const data = path.join(dir, 'data');
		cpSync('data', data, { recursive: true });
		const file = path.join(dir, prepared.fileName);
		writeFileSync(file, prepared.text);
		const { stdout } = await run('npx', ['tsx', 'src/cli/main.ts', 'publish', '--input', file, '--data', data], { encoding: 'utf8' });
		expect(stdout).toContain('published cv3040-2019 2019-09 benefits_e_dossiers: 63 units, revision 1');

		const catalogue = loadCatalogueFromDir(data, embedded.reference);
		const published = catalogue.current[0].observations.filter((o) => o.period === '2019-09');
		const key = (o: { unitCode: string; electronic: number; total: number }) => `${o.unitCode}:${o.electronic}/${o.total}`;
		expect(published.map(key).sort()).toEqual(dataset.observations.map(key).sort());
		expect(catalogue.releases.at(-1)).toMatchObject({ rowsRead: 63, rowsImported: 63, rowsSetAside: 0, sourceFile: prepared.fileName });
	});

	it.each([
		[1, '2019-09', 'benefits_e_dossiers', '1 row(s) were rejected'],
		[0, '2019-10', 'benefits_e_dossiers', 'no figures for 2019-10 / benefits_e_dossiers'],
		[0, '2019-09', 'participation_e_dossiers', 'no figures for 2019-09 / participation_e_dossiers']
	])('refused with %i rejected rows, for %s / %s', async (rejected, period, indicator, message) => {
		const { dataset } = await importedLetter();
		expect(() => preparePublication(dataset, rejected, period, indicator)).toThrow(NotPublishable);
		expect(() => preparePublication(dataset, rejected, period, indicator)).toThrow(message);
	});
});
