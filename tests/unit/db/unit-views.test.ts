import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import type { Connector } from '../../../src/lib/db/connector';
import { datasetContents } from '../../../src/lib/db/queries';
import { engineWith } from '../fixtures/engine';
import { knownUnits as known, observation as obs } from '../fixtures/observation';
import { chooseIndicator, indicatorsOf, mapDatasetView, unitDatasetView } from '../../../src/lib/db/unit-views';
import { unitsOf } from '../../../src/lib/geo/crosswalk';
import { unitProfile } from '../../../src/lib/metrics/unit-profile';

const { reference } = embedded;
const c = (period: string, indicator: string) => ({ period, indicator, units: 63 });

describe('chooseIndicator: the indicator a unit page or the map shows', () => {
	const both = [c('2026-01', 'participation_e_dossiers'), c('2026-01', 'benefits_e_dossiers'), c('2026-02', 'benefits_e_dossiers')];
	it.each([
		// No ?indicator=: the default dataset's when held, else the first in order.
		[both, null, 'benefits_e_dossiers', 'benefits_e_dossiers'],
		[[c('2026-01', 'vssid_accounts'), c('2026-01', 'employers_registered')], null, 'benefits_e_dossiers', 'employers_registered'],
		// ?indicator= asks for one: held → that one (even if not the preferred), not held → null (the page says so).
		[both, 'participation_e_dossiers', 'benefits_e_dossiers', 'participation_e_dossiers'],
		[both, 'vssid_accounts', 'benefits_e_dossiers', null],
		// An empty dataset has nothing to show.
		[[], null, 'benefits_e_dossiers', null],
		[[], 'benefits_e_dossiers', 'benefits_e_dossiers', null]
	] as const)('%j, asked %s, preferring %s → %s', (contents, wanted, preferred, expected) => {
		expect(chooseIndicator(contents, wanted, preferred)).toBe(expected);
	});

	it('lists the indicators held once each, sorted', () => {
		expect(indicatorsOf(both)).toEqual(['benefits_e_dossiers', 'participation_e_dossiers']);
	});
});

// An imported monthly dataset: the same figures the browser makes from a workspace dataset, checked by hand.
describe('unitDatasetView / mapDatasetView on an imported dataset (real DuckDB)', () => {
	let db: Connector;
	const info = { id: 'imp-test', titleVi: 'Nhập', titleEn: 'Imported', source: 'thang.csv', nature: 'real', unitSet: 63 } as const;
	beforeAll(async () => {
		db = await engineWith({
			info,
			observations: [
				// 2025-05: Khánh Hòa 56 = 20%, Ninh Thuận 58 = 40%, Hà Nội 01 = 10%; 2025-06: 56 = 50%, 58 = 30%, 01 = 40%.
				obs('56', '2025-05', 200, 1000),
				obs('58', '2025-05', 200, 500),
				obs('01', '2025-05', 100, 1000),
				obs('56', '2025-06', 500, 1000),
				obs('58', '2025-06', 150, 500),
				obs('01', '2025-06', 400, 1000)
			]
		});
	});
	afterAll(() => db.close());

	it('a 63-province page: the series in time order, no parts, nothing excluded', async () => {
		const contents = await datasetContents(db, info.id);
		const indicator = chooseIndicator(contents, null, 'benefits_e_dossiers')!;
		const view = await unitDatasetView(db, info, indicator, 63, known, { code: '56' });
		expect(view.info).toEqual(info);
		expect(view.series.map((p) => p.period)).toEqual(['2025-05', '2025-06']);
		expect(view.series[1].counts).toEqual([
			{ code: '01', electronic: 400, total: 1000 },
			{ code: '56', electronic: 500, total: 1000 },
			{ code: '58', electronic: 150, total: 500 }
		]);
		expect(view.excluded).toEqual([]);
		expect(view.parts).toBeNull();
		// Khánh Hòa: 20% in May, between 10% and 40% → 2nd best of 3; 50% in June, the highest → 1st of 3
		// (3rd in the appendix's lowest-first order): one place gained.
		const profile = unitProfile(view.series, unitsOf(reference, 63), '56', 8000, () => null)!;
		expect(profile.nation.place).toMatchObject({ rankBestFirst: 1, positionLowestFirst: 3, of: 3 });
		expect(profile.change).toMatchObject({ from: '2025-05', to: '2025-06', placesGained: 1 });
		// Its own history: 200/1000 in May (2nd best of 3), 500/1000 in June (1st of 3).
		expect(view.history).toEqual([
			{ period: '2025-05', electronic: 200, total: 1000, rank: 2, of: 3 },
			{ period: '2025-06', electronic: 500, total: 1000, rank: 1, of: 3 }
		]);
		expect(view.periods).toEqual(['2025-05', '2025-06']);
		// At an earlier period: the series and the history stop there.
		const may = await unitDatasetView(db, info, indicator, 63, known, { code: '56', period: '2025-05' });
		expect(may.series.map((p) => p.period)).toEqual(['2025-05']);
		expect(may.history.map((p) => p.period)).toEqual(['2025-05']);
	});

	it('a 34-unit page: the new Khánh Hòa sums 56 + 58 (numerators and denominators), its parts are the latest 63 figures', async () => {
		const view = await unitDatasetView(db, info, 'benefits_e_dossiers', 34, known, { code: '56' });
		const june = view.series[1].counts.find((u) => u.code === '56');
		expect(june).toEqual({ code: '56', electronic: 650, total: 1500 });
		expect(view.parts?.period).toBe('2025-06');
		expect(view.parts?.counts.filter((u) => u.code === '56' || u.code === '58')).toEqual([
			{ code: '56', electronic: 500, total: 1000 },
			{ code: '58', electronic: 150, total: 500 }
		]);
	});

	it('the map: every period on both unit sets', async () => {
		const view = await mapDatasetView(db, info, 'benefits_e_dossiers', known);
		expect(view.periods63.map((p) => [p.period, p.counts.length])).toEqual([
			['2025-05', 3],
			['2025-06', 3]
		]);
		expect(view.periods34.map((p) => [p.period, p.counts.length])).toEqual([
			['2025-05', 2],
			['2025-06', 2]
		]);
	});
});
