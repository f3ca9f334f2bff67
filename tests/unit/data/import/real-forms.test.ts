import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { buildImport, readFileTable } from '../../../../src/lib/data/import/index';
import { accountAddsUp, accountLines } from '../../../../src/lib/data/import/line-accounting';
import { periodFromTitle } from '../../../../src/lib/data/import/title-period';
import { buildRanking } from '../../../../src/lib/metrics/ranking';

// The forms in which officials hold the appendix, each made the way it is really made
// (scripts/make-form-fixtures.ts): each one is ranked exactly like the appendix, every line accounted for.

const reference = embedded.reference;
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url)));
const ranking = (obs: readonly { unitCode: string; electronic: number; total: number }[]) =>
	buildRanking(obs.map((o) => ({ code: o.unitCode, electronic: o.electronic, total: o.total })), reference.provinces, 'asc', 8000);
const expected = ranking(embedded.appendix.observations);

async function readForm(name: string, period: string | null = '2019-08-20') {
	const source = await readFileTable(name, fixture(name));
	const result = buildImport(source.table, source.layout, { roles: source.layout.roles, period, indicator: 'benefits_e_dossiers' }, reference);
	const account = accountLines(source.table, source.layout, result, source.text);
	return { source, result, account };
}

describe('real forms of the 2019 appendix', () => {
	it('the letter PDF read by pdftotext -layout: columns by position, header wrapped and repeated on page 2', async () => {
		const { source, result, account } = await readForm('cv3040-2019-pdf-layout.txt');
		expect(source.table.format).toBe('pdfLayout');
		expect(source.layout.roles).toEqual(['stt', 'name', 'electronic', 'total', 'rate']);
		expect(result.counts).toMatchObject({ imported: 63, rejected: 0 });
		expect(result.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['repeatedHeader', 'totalRow']));
		expect(result.findings.some((f) => f.code === 'totalRowDiffers')).toBe(false);
		expect(ranking(result.observations)).toEqual(expected);
		expect(accountAddsUp(account)).toBe(true);
		expect(account).toMatchObject({ total: 108, imported: 63, header: 4, unaccounted: [] });
	});

	it('the letter PDF read by plain pdftotext: one column after another, page by page', async () => {
		const { source, result, account } = await readForm('cv3040-2019-pdf-raw.txt');
		expect(source.table.format).toBe('pdfColumns');
		expect(result.counts).toMatchObject({ imported: 63, rejected: 0 });
		expect(ranking(result.observations)).toEqual(expected);
		expect(accountAddsUp(account)).toBe(true);
		// Each of the 63 rows owns five lines: STT, name, electronic, total, rate.
		expect(account).toMatchObject({ total: 387, imported: 315, unaccounted: [] });
	});

	it('the letter PDF copied row by row with single spaces (a viewer\'s copy, pdftotext -raw): figures verified in appendix order', async () => {
		const { source, result, account } = await readForm('cv3040-2019-pdf-rows.txt');
		expect(source.table.format).toBe('pdfRows');
		expect(source.layout.roles).toEqual(['stt', 'name', 'electronic', 'total', 'rate']);
		expect(result.counts).toMatchObject({ imported: 63, rejected: 0 });
		expect(result.findings.some((f) => f.code === 'statedRateDiffers')).toBe(false);
		expect(ranking(result.observations)).toEqual(expected);
		expect(accountAddsUp(account)).toBe(true);
		expect(account).toMatchObject({ imported: 63, unaccounted: [] });
	});

	it('a viewer copy whose figures do not bear out the appendix order stops', async () => {
		const text = readFileSync(new URL('../../../fixtures/cv3040-2019-pdf-rows.txt', import.meta.url), 'utf8').replace(/^(\d+ .+?) ([\d.]+) ([\d.]+) ([\d,]+%)$/gmu, '$1 $3 $2 $4');
		await expect(readFileTable('swapped.txt', new TextEncoder().encode(text))).rejects.toMatchObject({ code: 'ambiguous', detail: { kind: 'spacedColumns' } });
	});

	it('plain pdftotext with two columns of different lengths stops instead of pairing rows', async () => {
		const text = readFileSync(new URL('../../../fixtures/cv3040-2019-pdf-raw.txt', import.meta.url), 'utf8').replace('\n122\n', '\n');
		await expect(readFileTable('cat.txt', new TextEncoder().encode(text))).rejects.toMatchObject({ code: 'ambiguous', detail: { kind: 'columnRuns', file: 'cat.txt' } });
	});

	it('a provincial workbook: title rows, period in a title, merged two-row header, percent cells, Tổng cộng and a signature block', async () => {
		const { source, result, account } = await readForm('cv3040-2019-provincial.xlsx', null);
		expect(periodFromTitle(source.table, source.layout).found).toEqual({ period: '2019-08-20', line: 5, text: 'Số liệu đến ngày 20/8/2019' });
		const withTitlePeriod = buildImport(source.table, source.layout, { roles: source.layout.roles, period: '2019-08-20', indicator: 'benefits_e_dossiers' }, reference);
		expect(result.missing).toEqual(['period']);
		expect(withTitlePeriod.counts).toEqual({ read: 68, imported: 63, setAside: 5, rejected: 0 });
		expect(withTitlePeriod.findings.filter((f) => f.code === 'signatureBlock').map((f) => f.value)).toEqual([
			'Hà Nội, ngày 20 tháng 8 năm 2019',
			'Người lập biểu',
			'(Ký, ghi rõ họ tên)',
			'Nguyễn Văn An'
		]);
		expect(withTitlePeriod.findings.some((f) => f.severity === 'error')).toBe(false);
		expect(ranking(withTitlePeriod.observations)).toEqual(expected);
		const full = accountLines(source.table, source.layout, withTitlePeriod);
		expect(full).toMatchObject({ unit: 'row', total: 77, preamble: 4, header: 2, imported: 63, setAside: 5, blank: 3, unaccounted: [] });
		expect(account.unread).toBe(68);
	});
});
