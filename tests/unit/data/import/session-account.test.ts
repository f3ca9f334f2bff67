import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { createImportSession, sessionError, type ResultSummary, type SourcePreview } from '../../../../src/lib/data/import/session';

describe('the page worker: line accounting, title period, ambiguity', () => {
	it('proposes the period of a title row and accounts for every sheet row', async () => {
		const session = createImportSession(embedded.reference);
		const bytes = new Uint8Array(readFileSync('tests/fixtures/cv3040-2019-provincial.xlsx'));
		const preview = (await session.handle({ kind: 'readFile', name: 'p.xlsx', bytes: bytes.buffer })) as SourcePreview;
		expect(preview.titlePeriod).toEqual({ period: '2019-08-20', line: 5, text: 'Số liệu đến ngày 20/8/2019' });
		const roles = [...preview.layout.roles];
		const unread = (await session.handle({ kind: 'build', choices: { roles } })) as ResultSummary;
		expect(unread.account).toMatchObject({ total: 77, unread: 68, preamble: 4, header: 2, blank: 3 });
		const summary = (await session.handle({ kind: 'build', choices: { roles, period: '2019-08-20', indicator: 'benefits_e_dossiers' } })) as ResultSummary;
		expect(summary.account).toMatchObject({ total: 77, imported: 63, setAside: 5, rejected: 0, unread: 0, unaccounted: [] });
	});

	it('a build that meets an ambiguity fails with its code and detail, for the page to show', async () => {
		const session = createImportSession(embedded.reference);
		const text = ['Tỉnh;Điện tử;Tổng số', ...embedded.appendix.observations.slice(0, 5).map((o, i) => `${o.sourceName};${i + 1};${o.total}`)].join('\n');
		const preview = (await session.handle({ kind: 'readText', text })) as SourcePreview;
		const error = await session
			.handle({ kind: 'build', choices: { roles: [...preview.layout.roles], period: '2019', indicator: 'benefits_e_dossiers' } })
			.catch((e: unknown) => sessionError(e));
		expect(error).toMatchObject({ code: 'ambiguous', detail: { kind: 'rowNumbersAsCounts', line: 2, column: 'Điện tử' } });
	});
});
