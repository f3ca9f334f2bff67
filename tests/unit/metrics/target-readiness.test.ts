import { describe, expect, it } from 'vitest';
import type { Target } from '../../../src/lib/data/targets';
import { pickTarget, targetReadiness, type FiguresIndex } from '../../../src/lib/metrics/target-readiness';
import { targetOf as target } from '../fixtures/target';

const relative = target({ id: 'rel', kind: 'relative_rate', value: 10000, referenceIndicator: 'participation_e_dossiers' });
const periods = (...ids: string[]) => ids.map((period) => ({ period }));
const figures = (national: FiguresIndex['national']): FiguresIndex => ({ national });

describe('what a dataset holds for a target', () => {
	it.each<[string, FiguresIndex, Target, ReturnType<typeof targetReadiness>]>([
		[
			'several periods, sorted by time (a quarter after its months, whatever the text order)',
			figures({ benefits_e_dossiers: periods('2019-Q4', '2019-10', '2019-09') }),
			target({}),
			{ missing: [], periods: ['2019-09', '2019-10', '2019-Q4'], withoutReference: [], trend: true }
		],
		['one period: no trend', figures({ benefits_e_dossiers: periods('2019-12') }), target({}), { missing: [], periods: ['2019-12'], withoutReference: [], trend: false }],
		['indicator absent', figures({ participation_e_dossiers: periods('2019-01', '2019-02') }), target({}), { missing: ['benefits_e_dossiers'], periods: [], withoutReference: [], trend: false }],
		['indicator listed with no period', figures({ benefits_e_dossiers: [] }), target({}), { missing: ['benefits_e_dossiers'], periods: [], withoutReference: [], trend: false }],
		['empty dataset', figures({}), target({}), { missing: ['benefits_e_dossiers'], periods: [], withoutReference: [], trend: false }],
		[
			'relative target without its reference indicator',
			figures({ benefits_e_dossiers: periods('2019-01', '2019-02') }),
			relative,
			{ missing: ['participation_e_dossiers'], periods: ['2019-01', '2019-02'], withoutReference: [], trend: true }
		],
		[
			'relative target missing both',
			figures({}),
			relative,
			{ missing: ['benefits_e_dossiers', 'participation_e_dossiers'], periods: [], withoutReference: [], trend: false }
		],
		[
			'relative target: periods of the indicator the reference lacks',
			figures({ benefits_e_dossiers: periods('2019-01', '2019-02', '2019-03'), participation_e_dossiers: periods('2019-02') }),
			relative,
			{ missing: [], periods: ['2019-01', '2019-02', '2019-03'], withoutReference: ['2019-01', '2019-03'], trend: true }
		],
		[
			'count target needs only its own indicator',
			figures({ vssid_accounts: periods('2023-06', '2023-12') }),
			target({ indicator: 'vssid_accounts', kind: 'count', value: 35_000_000 }),
			{ missing: [], periods: ['2023-06', '2023-12'], withoutReference: [], trend: true }
		],
		[
			'text that is not a period is left out',
			figures({ benefits_e_dossiers: periods('2019-01', 'sometime') }),
			target({}),
			{ missing: [], periods: ['2019-01'], withoutReference: [], trend: false }
		]
	])('%s', (_, f, x, expected) => {
		expect(targetReadiness(f, x)).toEqual(expected);
	});
});

describe('the target a view opens', () => {
	const absolute = target({ id: 'abs' });
	const participation = target({ id: 'part', indicator: 'participation_e_dossiers' });
	const all = [relative, absolute, participation];
	const both = figures({ benefits_e_dossiers: periods('2019-01', '2019-02'), participation_e_dossiers: periods('2019-01', '2019-02') });
	const benefitsOnce = figures({ benefits_e_dossiers: periods('2019-12') });
	const participationSeries = figures({ benefits_e_dossiers: periods('2019-12'), participation_e_dossiers: periods('2019-01', '2019-12') });

	it.each<[string, FiguresIndex, string | null, string | null, string]>([
		['the one the link names, even one the dataset cannot measure', benefitsOnce, 'rel', 'abs', 'rel'],
		['a link naming no known target falls back', both, 'nope', null, 'rel'],
		['the preferred one when the dataset can measure it', both, null, 'rel', 'rel'],
		['not the preferred one when a reference indicator is missing', benefitsOnce, null, 'rel', 'abs'],
		['one with a trend before one without', participationSeries, null, null, 'part'],
		['the first usable one when none has a trend', benefitsOnce, null, null, 'abs'],
		['the first target when the dataset measures none', figures({ vssid_accounts: periods('2023-12') }), null, 'abs', 'rel']
	])('%s', (_, f, requested, preferred, expected) => {
		expect(pickTarget(all, f, requested, preferred)?.id).toBe(expected);
	});

	it('no targets at all', () => {
		expect(pickTarget([], both, null)).toBeUndefined();
	});
});
