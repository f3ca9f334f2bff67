import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { createResolver } from '../../../src/lib/geo/resolve';
import { bothEngines, leftovers, readLog } from '../fixtures/engine';

/**
 * A national log over four years, kept per receiving office: 48 months × 3.000 offices make 144.000
 * office groups after the fold, more than a function call's arguments can hold. The import spread
 * them into push(...) and threw "Maximum call stack size exceeded" (seen on a 2M-row log with an
 * office column): the page showed an error and `cli aggregate --by office` stopped.
 */
const MONTHS = 48;
const OFFICES = 3000;
const ROWS = MONTHS * OFFICES;

function bigLog(): string {
	const lines = ['Ngày tiếp nhận,Tỉnh,Kênh,BHXH cơ sở'];
	for (let i = 0; i < ROWS; i++) {
		const month = i % MONTHS;
		const office = Math.floor(i / MONTHS);
		const date = `${2021 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-15`;
		// Every third row electronic; all in Hà Nội (before 1 July 2025 for every month: 2021–2024).
		lines.push(`${date},Hà Nội,${i % 3 === 0 ? 'Điện tử' : 'Giấy'},BHXH cơ sở ${String(office).padStart(4, '0')}`);
	}
	return `${lines.join('\n')}\n`;
}

describe.each(bothEngines())('a log with thousands of offices over four years: $name', (engineCase) => {
	it(`counts ${ROWS} rows in ${MONTHS * OFFICES} office groups`, { timeout: 120_000 }, async () => {
		const out = await readLog(engineCase, 'many-offices.csv', bigLog(), {
			granularity: 'month',
			defaultIndicator: 'benefits_e_dossiers',
			resolver: createResolver(embedded.reference.provinces)
		});
		if (out.status !== 'done') throw new Error('cancelled');
		expect(out.summary.rowsRead).toBe(ROWS);
		expect(out.summary.rejections).toEqual([]);
		expect(out.offices).toHaveLength(MONTHS * OFFICES);
		expect(new Set(out.offices.map((o) => o.office)).size).toBe(OFFICES);
		// Each office has one row per month, electronic when (its index × 48 + month) is a multiple of 3.
		const electronic = out.offices.reduce((sum, o) => sum + o.electronic, 0);
		expect(electronic).toBe(Math.ceil(ROWS / 3));
		expect(out.offices.every((o) => o.total === 1 && o.unitCode === '01')).toBe(true);
		expect(await leftovers(engineCase.engine.db)).toEqual([]);
	});
});
