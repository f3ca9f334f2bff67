import { describe, expect, it } from 'vitest';
import { readTarget, type Target, type TargetContext } from '../../../src/lib/data/targets';
import { loadUserTargets, removeTarget, saveUserTargets, upsertTarget, USER_TARGETS_KEY, type KeyValueStore } from '../../../src/lib/state/user-targets';
import { readProgressState, writeProgressState } from '../../../src/lib/state/progress-state';

const context: TargetContext = { indicators: new Set(['benefits_e_dossiers']), regions: new Set(), provinces: new Set(['01']) };
const store = (): KeyValueStore & { data: Map<string, string> } => {
	const data = new Map<string, string>();
	return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
};
const mine = readTarget(
	{ id: 'hn-2026', label_vi: 'Hà Nội 90%', indicator: 'benefits_e_dossiers', scope: 'province', scope_code: '01', kind: 'absolute_rate', value: '90,5', deadline: '2026-12-31', source: 'Kế hoạch của tôi' },
	context
) as Target;

describe('user targets in localStorage (bhxh.targets.v1)', () => {
	it('round-trip through the store under the bhxh.* key', () => {
		const s = store();
		saveUserTargets(s, [mine]);
		expect([...s.data.keys()]).toEqual([USER_TARGETS_KEY]);
		expect(loadUserTargets(s, context)).toEqual({ targets: [mine], problems: [] });
		expect(mine.value).toBe(9050);
	});
	it('report a stored target that no longer passes the checks, and bad JSON', () => {
		const s = store();
		s.setItem(USER_TARGETS_KEY, JSON.stringify({ version: 1, targets: [{ id: 'x', label_vi: 'x', indicator: 'gone' }] }));
		const { targets, problems } = loadUserTargets(s, context);
		expect(targets).toEqual([]);
		expect(problems[0]).toMatch(/indicator: unknown indicator \("gone"\)/);
		s.setItem(USER_TARGETS_KEY, '{');
		expect(loadUserTargets(s, context).problems).toEqual([`${USER_TARGETS_KEY}: not valid JSON`]);
	});
	it('add, replace by id, remove', () => {
		const edited = { ...mine, value: 9500 };
		expect(upsertTarget([mine], edited)).toEqual([edited]);
		expect(upsertTarget([], mine)).toEqual([mine]);
		expect(removeTarget([mine], mine.id)).toEqual([]);
	});
});

describe('progress page URL state', () => {
	it('round-trips and drops malformed values', () => {
		const state = { dataset: 'illustrative-2019-monthly', target: 'cv3040-2019-benefits', province: '01', periodA: '2019-01', periodB: '2019-09', locale: 'en' as const };
		expect(readProgressState(writeProgressState(state))).toEqual(state);
		expect(readProgressState(new URLSearchParams('target=<script>&lang=fr'))).toMatchObject({ target: null, locale: 'vi' });
	});
});
