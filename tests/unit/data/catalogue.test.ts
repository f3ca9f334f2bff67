import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../src/cli/catalogue-files';
import { catalogue, embeddedDatasets } from '../../../src/lib/data/catalog';
import { parseCatalogue } from '../../../src/lib/data/catalogue/parse';
import { embedded } from '../../../src/lib/data/embedded';
import { APPENDIX_3040 } from '../../../src/lib/data/embedded-dataset';
import { illustrative2019 } from '../../../src/lib/data/illustrative/embedded-illustrative';
import { ILLUSTRATIVE_2019 } from '../../../src/lib/data/illustrative/monthly-2019';
import { errorOf, replaceLine } from '../fixtures/data-files';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const shipped = readDataFiles('data');
const parse = (files: Map<string, string>) => parseCatalogue(files, embedded.reference, { sha256 });

function withLine(files: Map<string, string>, file: string, lineNumber: number, replace: (line: string) => string): Map<string, string> {
	return new Map(files).set(file, replaceLine(files.get(file)!, lineNumber, replace));
}

const { file: _a, ...appendixInfo } = APPENDIX_3040;
const { file: _i, ...illustrativeInfo } = ILLUSTRATIVE_2019;

describe('the shipped catalogue (data/catalogue/)', () => {
	it('holds the 2019 appendix as the first publication and the illustrative series, labelled as before', () => {
		expect(catalogue.releases.map((r) => [r.dataset, r.period, r.indicator, r.revision, r.units, r.supersededBy])).toEqual([
			['cv3040-2019', '2019-08-20', 'benefits_e_dossiers', 1, 63, null],
			['illustrative-2019-monthly', '*', '*', 1, 63, null]
		]);
		expect(embeddedDatasets.map((d) => d.info)).toEqual([appendixInfo, illustrativeInfo]);
		expect(embeddedDatasets[0]).toEqual(embedded.appendix);
		expect(embeddedDatasets[1]).toEqual(illustrative2019);
		expect(catalogue.releases[1].covers).toHaveLength(18);
	});

	it('the build (Vite glob) and the CLI (reading the directory) see the same catalogue', () => {
		const fromDisk = parse(shipped);
		expect(fromDisk.current).toEqual(catalogue.current);
		expect(fromDisk.releases).toEqual(catalogue.releases);
	});

	it('a series without a publication is not offered as a dataset', () => {
		expect(catalogue.datasets.map((d) => d.id)).toContain('bhxh-34');
		expect(embeddedDatasets.map((d) => d.info.id)).not.toContain('bhxh-34');
	});
});

describe('a malformed catalogue row fails with file, line and reason', () => {
	const R = 'catalogue/releases.csv';
	const D = 'catalogue/datasets.csv';
	it.each([
		[R, 2, (l: string) => l.replace('cv3040-2019,', 'nope,'), 'data/catalogue/releases.csv, line 2, column dataset: unknown dataset (not in data/catalogue/datasets.csv) (value "nope")'],
		[R, 2, (l: string) => l.replace(',2019-08-20,benefits', ',20/08/2019,benefits'), 'line 2, column period: not a period'],
		[R, 2, (l: string) => l.replace('benefits_e_dossiers', 'benefit'), 'line 2, column indicator: unknown indicator (value "benefit")'],
		[R, 2, (l: string) => l.replace('dossiers,1,', 'dossiers,2,'), 'line 2, column revision: the first publication of a period and indicator is revision 1'],
		[R, 2, (l: string) => l.replace('dossiers,1,2019-08-20', 'dossiers,1,20/08/2019'), 'line 2, column published: a publication date is YYYY-MM-DD'],
		[R, 2, (l: string) => l.replace('bhxh-3040-2019.csv,01e8', 'bhxh-2019.csv,01e8'), 'line 2, column file: no such file under data/ (value "bhxh-2019.csv")'],
		[R, 2, (l: string) => l.replace(',01e826', ',11e826'), 'has changed since it was published'],
		[R, 2, (l: string) => l.replace(',63,63,0,', ',63,62,0,'), 'line 2, column rows_imported: data/bhxh-3040-2019.csv holds 63 rows, more than were imported'],
		[R, 2, (l: string) => l.replace(',63,63,0,', ',63,63,1,'), 'exceed rows read'],
		[R, 2, (l: string) => l.replace(',2019-08-20,benefits', ',2019-08-21,benefits'), 'data/bhxh-3040-2019.csv holds 2019-08-20 / benefits_e_dossiers, not what this row publishes'],
		[R, 3, (l: string) => l.replace('monthly,*', 'monthly,,*'), 'line 3: expected 14 fields, found 15'],
		[D, 2, (l: string) => l.replace(',real,', ',true,'), 'data/catalogue/datasets.csv, line 2, column nature'],
		[D, 3, (l: string) => l.replace(',illustrative,63,', ',illustrative,36,'), 'line 3, column unit_set: unit_set is 63 or 34']
	])('%s line %i', (file, line, edit, message) => {
		expect(errorOf(() => parse(withLine(shipped, file, line, edit))).message).toContain(message);
	});

	it('a figures file edited after publication fails: a correction is a revision', () => {
		const files = withLine(shipped, 'bhxh-3040-2019.csv', 2, (l) => l.replace(',168121,', ',168122,'));
		expect(errorOf(() => parse(files)).message).toMatch(/^data\/catalogue\/releases\.csv, line 2, column file_sha256: data\/bhxh-3040-2019\.csv has changed/);
	});

	it('a bad row in a published figures file names that file and line', () => {
		const files = withLine(shipped, 'illustrative-2019-monthly.csv', 5, (l) => l.replace(/,\d+$/, ',-1'));
		expect(errorOf(() => parseCatalogue(files, embedded.reference)).message).toBe('data/illustrative-2019-monthly.csv, line 5, column total: a count is a whole number ≥ 0 (value "-1")');
	});
});

describe('revisions', () => {
	const appendixText = shipped.get('bhxh-3040-2019.csv')!;
	const corrected = appendixText.replace('1,01,BHXH Tp. Hà Nội,2019-08-20,benefits_e_dossiers,0,168121,0.00', '1,01,BHXH Tp. Hà Nội,2019-08-20,benefits_e_dossiers,0,168120,0.00');
	const row = (revision: number, file: string, text: string, reason: string) =>
		`cv3040-2019,2019-08-20,benefits_e_dossiers,${revision},2019-09-01,${file},${sha256(text)},63,63,0,x.csv,${sha256('x')},Công văn,${reason}`;
	const withRevision = (line: string) => {
		const files = new Map(shipped).set('catalogue/r2.csv', corrected);
		return files.set('catalogue/releases.csv', `${files.get('catalogue/releases.csv')!.trimEnd()}\n${line}\n`);
	};

	it('a revision replaces the current figures and keeps the first version listed and retrievable', () => {
		const c = parse(withRevision(row(2, 'catalogue/r2.csv', corrected, 'Sửa tổng số hồ sơ của Hà Nội')));
		const chain = c.releases.filter((r) => r.dataset === 'cv3040-2019');
		expect(chain.map((r) => [r.revision, r.supersededBy, r.reason])).toEqual([
			[1, 2, 'Công bố lần đầu: phụ lục chép từ văn bản Công văn 3040/BHXH-CNTT'],
			[2, null, 'Sửa tổng số hồ sơ của Hà Nội']
		]);
		expect(c.current[0].observations.find((o) => o.unitCode === '01')!.total).toBe(168120);
		expect(c.figuresOf(chain[0]).observations.find((o) => o.unitCode === '01')!.total).toBe(168121);
	});

	it.each([
		[row(2, 'catalogue/r2.csv', corrected, ''), 'line 4, column reason: a revision states its reason'],
		[row(3, 'catalogue/r2.csv', corrected, 'x'), 'line 4, column revision: the next revision of this period and indicator is 2'],
		[row(1, 'catalogue/r2.csv', corrected, 'x'), 'line 4, column revision: the next revision of this period and indicator is 2'],
		[row(2, 'catalogue/r2.csv', corrected, 'x').replace('2019-09-01', '2019-08-01'), 'line 4, column published: a revision is not dated before the one it replaces']
	])('refused: %s', (line, message) => {
		expect(errorOf(() => parse(withRevision(line))).message).toContain(message);
	});
});
