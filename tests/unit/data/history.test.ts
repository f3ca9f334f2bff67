import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, embeddedDatasets } from '../../../src/lib/data/catalog';
import {
	HISTORY_HEADER,
	historyCsv,
	historyId,
	parseHistoryCsv,
	parseHistoryId,
	publishedContents,
	publishedDatasets,
	publishedPeriod
} from '../../../src/lib/data/catalogue/history';
import type { Dataset } from '../../../src/lib/data/observation';

const info = { id: 'd', titleVi: 'd', titleEn: 'd', source: 's', nature: 'real' as const, unitSet: 63 as const };
const obs = (unitCode: string, period: string, indicator: string, electronic: number, total: number) => ({ unitCode, period, indicator, electronic, total, statedRate: null, sourceName: null });

describe('history files', () => {
	it('sums each period and unit of one indicator, in period then code order', () => {
		const dataset: Dataset = { info, observations: [obs('02', '2019-02', 'a', 1, 4), obs('01', '2019-02', 'a', 2, 5), obs('01', '2019-01', 'a', 3, 3), obs('01', '2019-01', 'a', 1, 2), obs('01', '2019-01', 'b', 9, 9)] };
		expect(historyCsv(dataset, 'a')).toBe(`${HISTORY_HEADER}\n2019-01,01,4,5\n2019-02,01,2,5\n2019-02,02,1,4\n`);
	});

	it('reads back what it writes, for any counts', () => {
		const row = fc.record({ unitCode: fc.constantFrom('01', '02', '79'), period: fc.constantFrom('2019-01', '2019-08-20', '2025-07'), total: fc.nat(10 ** 9) }).chain((r) =>
			fc.nat(r.total).map((electronic) => obs(r.unitCode, r.period, 'x', electronic, r.total))
		);
		fc.assert(
			fc.property(fc.uniqueArray(row, { selector: (o) => `${o.period}|${o.unitCode}` }), (rows) => {
				const back = parseHistoryCsv(historyCsv({ info, observations: rows }, 'x'), 'x');
				const key = (o: { period: string; unitCode: string; electronic: number; total: number }) => `${o.period}|${o.unitCode}|${o.electronic}|${o.total}`;
				expect(back.map(key).sort()).toEqual(rows.map(key).sort());
			})
		);
	});

	it.each([
		['an HTML page served in its place', '<!doctype html>\n<html>', /line 1/],
		['a truncated row', `${HISTORY_HEADER}\n2019-01,01,4\n`, /line 2/],
		['more electronic than total', `${HISTORY_HEADER}\n2019-01,01,6,5\n`, /exceeds/],
		['a negative count', `${HISTORY_HEADER}\n2019-01,01,-1,5\n`, /line 2/],
		['a blank line inside', `${HISTORY_HEADER}\n\n2019-01,01,1,5\n`, /line 2 is empty/]
	])('refuses %s, naming the line', (_, text, reason) => {
		expect(() => parseHistoryCsv(text, 'x')).toThrow(reason);
	});

	it('reads any text without crashing: rows or a RangeError', () => {
		fc.assert(
			fc.property(fc.string(), (tail) => {
				try {
					parseHistoryCsv(`${HISTORY_HEADER}\n${tail}`, 'x');
				} catch (error) {
					expect(error).toBeInstanceOf(RangeError);
				}
			})
		);
	});

	it.each([
		['cv3040-2019~benefits_e_dossiers', { dataset: 'cv3040-2019', indicator: 'benefits_e_dossiers' }],
		['imp-123', null],
		['~x', null],
		['a~', null],
		['a~b~c', null]
	])('history id %s', (id, expected) => {
		expect(parseHistoryId(id)).toEqual(expected);
	});

	it('a history id round-trips', () => expect(parseHistoryId(historyId('illustrative-2019-monthly', 'benefits_e_dossiers'))).toEqual({ dataset: 'illustrative-2019-monthly', indicator: 'benefits_e_dossiers' }));
});

describe('published datasets of the shipped catalogue', () => {
	const published = publishedDatasets(embeddedDatasets, catalogue.releases);

	it('lists the 2019 appendix with its one period and release, the default dataset first', () => {
		expect(published[0].info.id).toBe('cv3040-2019');
		expect(published[0].indicators).toEqual([{ id: 'benefits_e_dossiers', periods: [{ period: '2019-08-20', published: '2019-08-20', revision: 1, illustrative: false }] }]);
	});

	it('lists the illustrative series month by month, marked illustrative', () => {
		const series = published.find((d) => d.info.id === 'illustrative-2019-monthly')!;
		const benefits = series.indicators.find((i) => i.id === 'benefits_e_dossiers')!;
		expect(benefits.periods.map((p) => p.period)).toEqual(['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06', '2019-07', '2019-08', '2019-09']);
		expect(benefits.periods.every((p) => p.illustrative)).toBe(true);
		expect(publishedContents(series).filter((c) => c.indicator === 'benefits_e_dossiers')).toHaveLength(9);
		expect(publishedPeriod(published, { dataset: 'illustrative-2019-monthly', period: '2019-05', indicator: 'benefits_e_dossiers' })?.revision).toBe(1);
		expect(publishedPeriod(published, { dataset: 'illustrative-2019-monthly', period: '2020-05', indicator: 'benefits_e_dossiers' })).toBeNull();
	});
});
