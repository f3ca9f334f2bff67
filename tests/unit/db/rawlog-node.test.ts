import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import type { Connector } from '../../../src/lib/db/connector';
import { createNodeConnector } from '../../../src/lib/db/node';
import { aggregateRawLogFile, isRawLogFile, rawLogFindings } from '../../../src/lib/db/rawlog-node';

describe('raw logs on disk (the CLI entry)', () => {
	let db: Connector;
	let dir: string;
	beforeAll(async () => {
		db = await createNodeConnector();
		dir = mkdtempSync(path.join(tmpdir(), 'rawlog-'));
	});
	afterAll(async () => {
		await db.close();
		rmSync(dir, { recursive: true, force: true });
	});

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
		const summary = await aggregateRawLogFile(db, file, embedded.reference);
		expect(summary.dataset.observations).toEqual([
			{ unitCode: '01', period: '2024-02', indicator: 'benefits_e_dossiers', electronic: 1, total: 2, statedRate: null, sourceName: null }
		]);
		expect(rawLogFindings('log2.csv', summary)).toEqual(['log2.csv: 1 row(s) rejected: bad-date; e.g. "2024-02-30"']);
	});
});
