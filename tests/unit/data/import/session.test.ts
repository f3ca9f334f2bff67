import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { createImportSession, sessionError, type ResultSummary, type SourcePreview } from '../../../../src/lib/data/import/session';

describe('import session (what the page worker runs)', () => {
	it('reads, previews, checks with the chosen roles, and hands back the dataset and rejected rows', async () => {
		const session = createImportSession(embedded.reference);
		const bytes = new Uint8Array(readFileSync('tests/fixtures/cv3040-2019-excel-semicolon.csv'));
		const preview = (await session.handle({ kind: 'readFile', name: 'a.csv', bytes: bytes.buffer })) as SourcePreview;
		expect(preview).toMatchObject({ format: 'delimited', encoding: 'utf-8-bom', delimiter: ';', headerRow: 1, dataRows: 64 });
		expect(preview.rows).toHaveLength(12);
		expect(preview.rowNumbers[0]).toBe(3);

		const roles = [...preview.layout.roles];
		const missing = (await session.handle({ kind: 'build', choices: { roles } })) as ResultSummary;
		expect(missing.missing).toEqual(['period', 'indicator']);
		const summary = (await session.handle({ kind: 'build', choices: { roles, period: '2019-08-20', indicator: 'benefits_e_dossiers' } })) as ResultSummary;
		expect(summary).toMatchObject({ numberStyle: 'vi', counts: { read: 64, imported: 63, setAside: 1, rejected: 0 }, findingCount: 1, observationCount: 63 });

		const info = { id: 'imp-x', titleVi: 'x', titleEn: 'x', source: 'a.csv', nature: 'real' as const };
		const dataset = (await session.handle({ kind: 'dataset', info })) as { observations: unknown[]; info: { unitSet: number } };
		expect(dataset.observations).toHaveLength(63);
		expect(dataset.info.unitSet).toBe(63);
		expect(await session.handle({ kind: 'rejectedCsv', locale: 'en' })).toBe('\uFEFFRow,STT,Đơn vị,Hồ sơ / Giao dịch điện tử,Hồ sơ / Tổng số,Tỷ lệ,Reason');
	});

	it('turns a refused file into a coded error the page can translate', async () => {
		const session = createImportSession(embedded.reference);
		const error = await session.handle({ kind: 'readFile', name: 'e.csv', bytes: new ArrayBuffer(0) }).catch((e) => e);
		expect(sessionError(error)).toMatchObject({ code: 'empty' });
	});
});
