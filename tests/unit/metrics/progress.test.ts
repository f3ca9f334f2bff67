import { describe, expect, it } from 'vitest';
import { ceil, frac, roundHalfUp } from '../../../src/lib/metrics/fraction';
import { monthsLeft } from '../../../src/lib/metrics/months';
import { evaluateProgress, type SeriesPoint } from '../../../src/lib/metrics/progress';
import { project } from '../../../src/lib/metrics/projection';
import { decideStatus, type StatusInput } from '../../../src/lib/metrics/status';
import { targetOf as target } from '../fixtures/target';

const pt = (period: string, electronic: number, total: number): SeriesPoint => ({ period, electronic, total });

describe('the status rule', () => {
	const base: StatusInput = { hasData: true, met: false, monthsLeft: 3, projected: 8000, target: 8000, kind: 'rate' };
	it.each<[string, Partial<StatusInput>, string]>([
		['no data', { hasData: false }, 'no_data'],
		['met before the deadline', { met: true }, 'met'],
		['met after the deadline', { met: true, monthsLeft: -2 }, 'met'],
		['deadline month reached, not met', { monthsLeft: 0, projected: 9000 }, 'off_track'],
		['deadline passed, not met', { monthsLeft: -5 }, 'off_track'],
		['no trend (one period)', { projected: null }, 'at_risk'],
		['projection exactly at the target', { projected: 8000 }, 'on_track'],
		['projection above the target', { projected: 9000 }, 'on_track'],
		['projection 5,00 points short', { projected: 7500 }, 'at_risk'],
		['projection 5,01 points short', { projected: 7499 }, 'off_track'],
		['count: 5% short', { kind: 'count', target: 100, projected: 95 }, 'at_risk'],
		['count: more than 5% short', { kind: 'count', target: 100, projected: 94 }, 'off_track']
	])('%s → %s', (_name, patch, expected) => {
		expect(decideStatus({ ...base, ...patch })).toBe(expected);
	});
});

describe('exact fractions', () => {
	it.each([
		[frac(1, 2), 1],
		[frac(-1, 2), -1],
		[frac(3, 2), 2],
		[frac(149, 100), 1],
		[frac(0), 0]
	])('rounds %o half away from zero → %i', (x, expected) => expect(roundHalfUp(x)).toBe(expected));
	it.each([
		[frac(1, 3), 1],
		[frac(3, 3), 1],
		[frac(-1, 3), 0],
		[frac(0), 0]
	])('ceil %o → %i', (x, expected) => expect(ceil(x)).toBe(expected));
});

describe('months left', () => {
	it.each([
		['2019-09-30', '2019-12-31', 3],
		['2019-08-20', '2019-12-31', 4],
		['2019-12-31', '2019-12-31', 0],
		['2020-01-31', '2019-12-31', -1],
		['2019-09-30', '2025-12-31', 75]
	])('%s → %s: %i', (from, to, n) => expect(monthsLeft(from, to)).toBe(n));
});

describe('projection: least squares over the last 6 periods', () => {
	it('carries an exact line forward', () => {
		// 10%, 12%, 14% at months 1..3 → 2 points a month → 20% at the end of June
		const p = project(
			[
				{ end: '2019-01-31', value: 0.1 },
				{ end: '2019-02-28', value: 0.12 },
				{ end: '2019-03-31', value: 0.14 }
			],
			'2019-06-30'
		);
		expect(p!.slopePerMonth).toBeCloseTo(0.02, 10);
		expect(p!.atDeadline).toBeCloseTo(0.2, 10);
	});
	it('uses only the last six periods', () => {
		const old = [{ end: '2018-01-31', value: 0.9 }];
		const recent = ['03', '04', '05', '06', '07', '08'].map((m) => ({ end: `2019-${m}-${m === '04' || m === '06' ? '30' : '31'}`, value: 0.5 }));
		const p = project([...old, ...recent], '2019-12-31');
		expect(p!.window).toHaveLength(6);
		expect(p!.atDeadline).toBeCloseTo(0.5, 10);
	});
	it('is null with one period, and clamps rates to [0, 1]', () => {
		expect(project([{ end: '2019-01-31', value: 0.1 }], '2019-12-31')).toBeNull();
		const up = project([{ end: '2019-01-31', value: 0.8 }, { end: '2019-02-28', value: 0.95 }], '2019-12-31');
		expect(up!.atDeadline).toBe(1);
		const down = project([{ end: '2019-01-31', value: 0.2 }, { end: '2019-02-28', value: 0.05 }], '2019-12-31');
		expect(down!.atDeadline).toBe(0);
	});
});

describe('progress towards an absolute rate', () => {
	it('gap, dossiers and monthly gain with three months left', () => {
		// 50/100 in September; target 80% by 31/12: 30 points, 30 dossiers, 10 points and 10 dossiers a month
		const p = evaluateProgress(target(), [pt('2019-08', 40, 100), pt('2019-09', 50, 100)], '2019-09');
		expect(p).toMatchObject({ level: 5000, target: 8000, gap: 3000, gapDossiers: 30, monthsLeft: 3, neededPerMonth: 1000, neededDossiersPerMonth: 10 });
		// trend +10 points a month: 80% at the end of December → on track
		expect(p.projected).toBe(8000);
		expect(p.status).toBe('on_track');
	});
	it('rounds the dossiers up: 1/3 short of a dossier is a whole dossier', () => {
		const p = evaluateProgress(target({ value: 3333 }), [pt('2019-09', 0, 10)], '2019-09');
		expect(p.gapDossiers).toBe(4); // 33,33% of 10 = 3,333 → 4 dossiers
		expect(p.neededDossiersPerMonth).toBe(2); // 4 / 3 → 2
		expect(p.status).toBe('at_risk'); // one period: no trend
	});
	it('a rate already above the target is met, with a negative gap and no needed gain', () => {
		const p = evaluateProgress(target(), [pt('2019-09', 90, 100)], '2019-09');
		expect(p).toMatchObject({ status: 'met', gap: -1000, gapDossiers: 0, neededPerMonth: null, neededDossiersPerMonth: null });
	});
	it('exactly at the target is met', () => {
		expect(evaluateProgress(target(), [pt('2019-09', 4, 5)], '2019-09').status).toBe('met');
	});
	it('a deadline already passed and not met is off track with no needed gain', () => {
		const p = evaluateProgress(target({ deadline: '2019-06-30' }), [pt('2019-08', 10, 100), pt('2019-09', 60, 100)], '2019-09');
		expect(p).toMatchObject({ status: 'off_track', monthsLeft: -3, neededPerMonth: null, gap: 2000 });
	});
	it('no data before the chosen period is no_data', () => {
		const p = evaluateProgress(target(), [pt('2019-10', 10, 100)], '2019-09');
		expect(p.status).toBe('no_data');
		expect(p.latest).toBeNull();
	});
	it('a denominator of zero is no figure: the latest period with dossiers is used', () => {
		const p = evaluateProgress(target(), [pt('2019-08', 50, 100), pt('2019-09', 0, 0)], '2019-09');
		expect(p.latest?.id).toBe('2019-08');
		expect(p.monthsLeft).toBe(4);
		expect(evaluateProgress(target(), [pt('2019-09', 0, 0)], '2019-09').status).toBe('no_data');
	});
	it('ignores periods after the chosen one', () => {
		const p = evaluateProgress(target(), [pt('2019-08', 50, 100), pt('2019-09', 90, 100)], '2019-08');
		expect(p.level).toBe(5000);
	});
});

describe('progress towards a relative rate (benefits ≥ participation, Công văn 3040)', () => {
	const relative = target({ kind: 'relative_rate', value: 10000, referenceIndicator: 'participation_e_dossiers' });
	it('the target is the reference rate of the same unit and period', () => {
		const p = evaluateProgress(relative, [pt('2019-08', 30, 100), pt('2019-09', 40, 100)], '2019-09', [pt('2019-08', 70, 100), pt('2019-09', 3, 4)]);
		expect(p).toMatchObject({ target: 7500, level: 4000, gap: 3500, gapDossiers: 35, neededPerMonth: 1167, neededDossiersPerMonth: 12 });
		// trend +10 points a month → 70% at the end of December: 5 points short → at risk
		expect(p.projected).toBe(7000);
		expect(p.status).toBe('at_risk');
	});
	it('a relative value other than 100% scales the reference rate', () => {
		const p = evaluateProgress({ ...relative, value: 5000 }, [pt('2019-09', 40, 100)], '2019-09', [pt('2019-09', 80, 100)]);
		expect(p).toMatchObject({ target: 4000, status: 'met', gap: 0 });
	});
	it('no reference figure for the period, or a reference denominator of zero → no_data', () => {
		expect(evaluateProgress(relative, [pt('2019-09', 40, 100)], '2019-09', [pt('2019-08', 80, 100)]).status).toBe('no_data');
		expect(evaluateProgress(relative, [pt('2019-09', 40, 100)], '2019-09', [pt('2019-09', 0, 0)]).status).toBe('no_data');
	});
	it('the gap is exact: 1/3 vs 1/2 is 16,67 points', () => {
		const p = evaluateProgress(relative, [pt('2019-09', 1, 3)], '2019-09', [pt('2019-09', 1, 2)]);
		expect(p.gap).toBe(1667);
		expect(p.gapDossiers).toBe(1); // ceil(3 × 1/2) − 1 = 1
	});
});

describe('progress towards a count', () => {
	const count = target({ kind: 'count', value: 1000, indicator: 'vssid_accounts', deadline: '2023-12-31' });
	it('gap and needed monthly gain in accounts', () => {
		const p = evaluateProgress(count, [pt('2023-08', 500, 2000), pt('2023-09', 600, 2000)], '2023-09');
		expect(p).toMatchObject({ level: 600, gap: 400, monthsLeft: 3, neededPerMonth: 134, projected: 900, status: 'off_track' });
	});
	it('reached', () => {
		expect(evaluateProgress(count, [pt('2023-09', 1000, 2000)], '2023-09').status).toBe('met');
	});
});
