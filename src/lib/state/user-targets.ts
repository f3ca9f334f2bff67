import { isTargetProblem, readTarget, targetFields, type Target, type TargetContext } from '../data/targets';

/** Targets a user added or edited, kept in the browser (the workspace export takes every `bhxh.*` key). */
export const USER_TARGETS_KEY = 'bhxh.targets.v1';

/** The part of Storage this module needs, so tests can pass a Map-backed fake. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
}

interface StoredTargets {
	version: 1;
	/** Target fields as the CSV spells them, so the same checks apply on reading. */
	targets: Record<string, string>[];
}

/**
 * Reads the user's targets. A stored target that no longer passes the checks (an indicator removed,
 * a hand-edited value) is reported, not dropped silently.
 */
export function loadUserTargets(store: KeyValueStore, context: TargetContext): { targets: Target[]; problems: string[] } {
	const raw = store.getItem(USER_TARGETS_KEY);
	if (raw === null) return { targets: [], problems: [] };
	let parsed: StoredTargets;
	try {
		parsed = JSON.parse(raw) as StoredTargets;
	} catch {
		return { targets: [], problems: [`${USER_TARGETS_KEY}: not valid JSON`] };
	}
	if (!parsed || parsed.version !== 1 || !Array.isArray(parsed.targets)) return { targets: [], problems: [`${USER_TARGETS_KEY}: unknown format`] };
	const targets: Target[] = [];
	const problems: string[] = [];
	parsed.targets.forEach((fields, i) => {
		const t = readTarget(fields ?? {}, context);
		if (isTargetProblem(t)) problems.push(`${USER_TARGETS_KEY} #${i + 1}, ${t.column}: ${t.reason} (${JSON.stringify(t.value)})`);
		else targets.push(t);
	});
	return { targets, problems };
}

export function saveUserTargets(store: KeyValueStore, targets: readonly Target[]): void {
	const stored: StoredTargets = { version: 1, targets: targets.map(targetFields) };
	store.setItem(USER_TARGETS_KEY, JSON.stringify(stored));
}

/** Adds a target or replaces the one with the same id. */
export function upsertTarget(targets: readonly Target[], target: Target): Target[] {
	const at = targets.findIndex((t) => t.id === target.id);
	return at === -1 ? [...targets, target] : targets.map((t, i) => (i === at ? target : t));
}

export function removeTarget(targets: readonly Target[], id: string): Target[] {
	return targets.filter((t) => t.id !== id);
}
