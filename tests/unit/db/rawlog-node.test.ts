import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { aggregateRawLogFile, isRawLogFile, rawLogFindings } from '../../../src/lib/db/rawlog-node';

describe('raw logs on disk (the CLI entry)', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(path.join(tmpdir(), 'rawlog-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('tells a log from a table of counts by its header', async () => {
		const log = path.join(dir, 'log.csv');
		const table = path.join(dir, 'table.csv');
		writeFileSync(log, '\uFEFFNgày tiếp nhận;Tỉnh;Kênh\n01/02/2024;Hà Nội;Điện tử\n');
		writeFileSync(table, 'province_code,period,indicator,electronic,total\n01,2019,benefits_e_dossiers,1,2\n');
		expect(await isRawLogFile(log)).toBe(true);
		expect(await isRawLogFile(table)).toBe(false);
	});

	it('aggregates a file and words its findings for stderr', async () => {
		const file = path.join(dir, 'log2.csv');
		writeFileSync(file, 'ngay,tinh,kenh\n2024-02-01,Hà Nội,Điện tử\n2024-02-02,Ha Noi,giấy\n2024-02-30,Hà Nội,giấy\n');
		const { summary } = await aggregateRawLogFile(file, embedded.reference);
		expect(summary.dataset.observations).toEqual([
			{ unitCode: '01', period: '2024-02', indicator: 'benefits_e_dossiers', electronic: 1, total: 2, statedRate: null, sourceName: null }
		]);
		expect(rawLogFindings('log2.csv', summary)).toEqual(['log2.csv: 1 row(s) rejected: bad-date; e.g. "2024-02-30"']);
	});

	describe('a log spanning 1 July 2025 (DuckDB folds spellings; each month is read against its own units)', () => {
		const LOG = [
			'Ngày tiếp nhận,Tỉnh,Kênh',
			'15/06/2025,Hà Giang,điện tử',
			'16/06/2025,Ha Giang,giấy',
			'20/06/2025,Bình Dương,điện tử',
			'30/06/2025,TP HCM,giấy',
			'01/07/2025,TP HCM,điện tử',
			'02/07/2025,Tuyên Quang,điện tử',
			'03/07/2025,Hà Giang,điện tử',
			'04/08/2025,Thành phố Huế,giấy',
			'05/08/2025,Hà Nội,điện tử'
		].join('\n');
		const obs = (unitCode: string, period: string, electronic: number, total: number) => ({ unitCode, period, indicator: 'benefits_e_dossiers', electronic, total, statedRate: null, sourceName: null });

		it.each([
			[
				'month',
				[obs('02', '2025-06', 1, 2), obs('74', '2025-06', 1, 1), obs('79', '2025-06', 0, 1), obs('08', '2025-07', 1, 1), obs('79', '2025-07', 1, 1), obs('01', '2025-08', 1, 1), obs('46', '2025-08', 0, 1)],
				63
			],
			['quarter', [obs('02', '2025-Q2', 1, 2), obs('74', '2025-Q2', 1, 1), obs('79', '2025-Q2', 0, 1), obs('01', '2025-Q3', 1, 1), obs('08', '2025-Q3', 1, 1), obs('46', '2025-Q3', 0, 1), obs('79', '2025-Q3', 1, 1)], 63],
			['year', [obs('01', '2025', 1, 1), obs('08', '2025', 2, 3), obs('46', '2025', 0, 1), obs('79', '2025', 2, 3)], 34]
		] as const)('by %s', async (granularity, observations, unitSet) => {
			const file = path.join(dir, `span-${granularity}.csv`);
			writeFileSync(file, `${LOG}\n`);
			const { summary } = await aggregateRawLogFile(file, embedded.reference, { granularity });
			expect(summary.dataset.observations).toEqual(observations);
			expect(summary.dataset.info.unitSet).toBe(unitSet);
			expect(summary).toMatchObject({ rowsRead: 9, imported: 8, rejectedRows: 1 });
			expect(rawLogFindings('span.csv', summary)).toEqual(['span.csv: 1 row(s) rejected: unknown-province; e.g. "Hà Giang → Tuyên Quang (08), An Giang (91)?"']);
		});

		it('without the 34 units in the reference, every month is read by the 63 provinces', async () => {
			const file = path.join(dir, 'span-63.csv');
			writeFileSync(file, `${LOG}\n`);
			const { summary } = await aggregateRawLogFile(file, { provinces: embedded.reference.provinces });
			expect(summary.rejectedRows).toBe(0); // "Hà Giang" after July is taken as the old province
			expect(summary.dataset.observations.find((o) => o.period === '2025-07' && o.unitCode === '02')).toEqual(obs('02', '2025-07', 1, 1));
		});
	});
});
