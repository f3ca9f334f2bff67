import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/lib/data/catalog';
import { citationOf, releaseOf, releaseText } from '../../../src/lib/data/catalogue/release-line';
import { embedded } from '../../../src/lib/data/embedded';
import { illustrative2019 } from '../../../src/lib/data/illustrative/embedded-illustrative';
import { reportSource } from '../../../src/lib/export/report-source';

describe('the release a figure comes from', () => {
	it.each([
		['cv3040-2019', '2019-08-20', 'benefits_e_dossiers', { published: '2019-08-20', revision: 1 }],
		['illustrative-2019-monthly', '2019-03', 'participation_e_dossiers', { published: '2026-11-23', revision: 1 }],
		['cv3040-2019', '2019-09', 'benefits_e_dossiers', null],
		['imp-123', '2019-08-20', 'benefits_e_dossiers', null]
	])('%s %s %s', (dataset, period, indicator, expected) => {
		const release = releaseOf(catalogue.releases, dataset, period, indicator);
		expect(release && { published: release.published, revision: release.revision }).toEqual(expected);
	});

	it.each([
		[{ published: '2019-08-20', revision: 1 }, 'vi', 'Số liệu phát hành ngày 20/08/2019, bản 1'],
		[{ published: '2025-11-05', revision: 2 }, 'en', 'Figures released on 05/11/2025, revision 2']
	] as const)('%o in %s', (release, locale, text) => {
		expect(releaseText(release, locale)).toBe(text);
	});

	it('the source line of every export cites the release and its revision; an imported dataset has none', () => {
		const appendix = citationOf(releaseOf(catalogue.releases, 'cv3040-2019', '2019-08-20', 'benefits_e_dossiers'));
		expect(reportSource(embedded.appendix.info, null, appendix)).toBe(
			'Phụ lục Công văn số 3040/BHXH-CNTT ngày 20/08/2019 của BHXH Việt Nam (Số liệu phát hành ngày 20/08/2019, bản 1)'
		);
		expect(reportSource(embedded.appendix.info, null, { published: '2025-11-05', revision: 2, source: 'Tệp thang-10.xlsx' })).toBe('Tệp thang-10.xlsx (Số liệu phát hành ngày 05/11/2025, bản 2)');
		const illustrative = citationOf(releaseOf(catalogue.releases, illustrative2019.info.id, '2019-09', 'benefits_e_dossiers'));
		expect(reportSource(illustrative2019.info, null, illustrative)).toMatch(/^Dữ liệu minh họa, sinh bằng .* \(Số liệu phát hành ngày 23\/11\/2026, bản 1\)$/);
		expect(reportSource({ source: 'a.csv', nature: 'real' }, { name: 'A', importedAt: '2026-01-02T00:00:00Z' }, appendix)).not.toContain('phát hành');
	});

	it('the Word appendix, the letter, the .xlsx and the .csv carry it', async () => {
		const [{ exportReport }, { model2019 }, JSZip, ExcelJS] = await Promise.all([
			import('../../../src/lib/export/export-report'),
			import('./fixture-2019'),
			import('jszip').then((m) => m.default),
			import('exceljs').then((m) => m.default)
		]);
		const line = 'Số liệu phát hành ngày 20/08/2019, bản 1';
		const model = model2019({ source: reportSource(embedded.appendix.info, null, { published: '2019-08-20', revision: 1, source: embedded.appendix.info.source }) });
		for (const format of ['docx', 'letter'] as const) {
			const xml = await (await JSZip.loadAsync(await exportReport(model, format))).file('word/document.xml')!.async('string');
			expect(xml, format).toContain(line);
		}
		const workbook = new ExcelJS.Workbook();
		const bytes = await exportReport(model, 'xlsx');
		await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
		const texts: string[] = [];
		workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => void (typeof cell.value === 'string' && texts.push(cell.value))));
		expect(texts.some((t) => t.includes(line))).toBe(true);
		expect(new TextDecoder().decode(await exportReport(model, 'csv'))).toContain(line);
	});
});
