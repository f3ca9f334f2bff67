import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedded } from '../../src/lib/data/embedded';
import type { Connector } from '../../src/lib/db/connector';
import { unitCounts } from '../../src/lib/db/queries';
import { createResolver } from '../../src/lib/geo/resolve';
import { formatCount, formatPercentHundredths } from '../../src/lib/i18n/format';
import { buildRanking } from '../../src/lib/metrics/ranking';
import { rateHundredths, sumCounts } from '../../src/lib/base/rate';
import { appendixFromLetter } from './export/fixture-2019';
import { engineWith } from './fixtures/engine';

describe('the shipped 2019 data, ranked by the real pipeline, is the appendix of Công văn 3040', () => {
	let db: Connector;
	const letter = appendixFromLetter().map((row) => ({ ...row, stt: Number(row.stt) }));
	const resolver = createResolver(embedded.reference.provinces);

	beforeAll(async () => {
		db = await engineWith(embedded.appendix, { crosswalk: false });
	});
	afterAll(() => db.close());

	it('reads 63 rows from the letter', () => {
		expect(letter).toHaveLength(63);
		expect(letter.map((r) => r.stt)).toEqual(Array.from({ length: 63 }, (_, i) => i + 1));
	});

	it('reproduces every row: order, unit, electronic, total and displayed rate', async () => {
		const counts = await unitCounts(db, { dataset: 'cv3040-2019', period: '2019-08-20', indicator: 'benefits_e_dossiers' });
		const ranking = buildRanking(counts, embedded.reference.provinces, 'asc', null);
		expect(ranking).toHaveLength(63);
		ranking.forEach((row, i) => {
			const printed = letter[i];
			const resolved = resolver.resolve(printed.name);
			expect(resolved, printed.name).toEqual({ ok: true, code: row.code });
			expect(row.position).toBe(printed.stt);
			expect(formatCount(row.electronic)).toBe(printed.electronic);
			expect(formatCount(row.total)).toBe(printed.total);
			expect(formatPercentHundredths(row.rateHundredths!)).toBe(printed.rate);
		});
	});

	it('gives the national weighted rate 36,99% (1.545.438 / 4.177.524)', async () => {
		const counts = await unitCounts(db, { dataset: 'cv3040-2019', period: '2019-08-20', indicator: 'benefits_e_dossiers' });
		const national = sumCounts(counts);
		expect(national).toEqual({ electronic: 1545438, total: 4177524 });
		expect(formatPercentHundredths(rateHundredths(national)!)).toBe('36,99%');
	});

	it('best-first order is the appendix reversed (no ties in 2019)', async () => {
		const counts = await unitCounts(db, { dataset: 'cv3040-2019', period: '2019-08-20', indicator: 'benefits_e_dossiers' });
		const desc = buildRanking(counts, embedded.reference.provinces, 'desc', null);
		const asc = buildRanking(counts, embedded.reference.provinces, 'asc', null);
		expect(desc.map((r) => r.code)).toEqual(asc.map((r) => r.code).reverse());
		expect(desc.find((r) => r.code === '56')?.rank).toBe(52); // Khánh Hòa: 12th lowest = 52nd best
	});
});
