import { embedded } from '../data/embedded';
import { usesUnits34 } from '../data/import/period-text';
import type { Observation } from '../data/observation';
import { parsePeriod } from '../base/period';
import { LOCAL_KEY_PREFIX, type StoredDataset } from './types';

export const WORKSPACE_FORMAT = 'bhxh-workspace';
export const WORKSPACE_VERSION = 1;

/** The whole workspace in one file: imported datasets and every "bhxh.*" localStorage setting. */
export interface WorkspaceFile {
	format: typeof WORKSPACE_FORMAT;
	version: number;
	exportedAt: string;
	datasets: StoredDataset[];
	localStorage: Record<string, string>;
}

export class WorkspaceFileError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'WorkspaceFileError';
	}
}

export function workspaceJson(datasets: StoredDataset[], local: Record<string, string>, now: string): string {
	const file: WorkspaceFile = { format: WORKSPACE_FORMAT, version: WORKSPACE_VERSION, exportedAt: now, datasets, localStorage: local };
	return JSON.stringify(file, null, 1);
}

function isCount(n: unknown): n is number {
	return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

function checkObservation(o: unknown, where: string): Observation {
	const x = o as Partial<Observation> | null;
	if (!x || typeof x !== 'object') throw new WorkspaceFileError(`${where}: not an observation`);
	if (typeof x.unitCode !== 'string' || !/^\d{2}$/.test(x.unitCode)) throw new WorkspaceFileError(`${where}: unitCode must be two digits`);
	if (typeof x.period !== 'string' || !parsePeriod(x.period)) throw new WorkspaceFileError(`${where}: bad period ${JSON.stringify(x.period)}`);
	if (typeof x.indicator !== 'string' || !x.indicator) throw new WorkspaceFileError(`${where}: missing indicator`);
	if (!isCount(x.electronic) || !isCount(x.total) || x.electronic > x.total) throw new WorkspaceFileError(`${where}: counts must be whole numbers with electronic ≤ total`);
	const statedRate = typeof x.statedRate === 'number' ? x.statedRate : null;
	const sourceName = typeof x.sourceName === 'string' ? x.sourceName : null;
	return { unitCode: x.unitCode, period: x.period, indicator: x.indicator, electronic: x.electronic, total: x.total, statedRate, sourceName };
}

/**
 * Validated like any import: a unit code of no unit of its period, or the same unit, period and indicator
 * twice, is refused here with the observation named, never left for DuckDB's constraint to reject later.
 */
function checkUnits(observations: readonly Observation[], where: string): void {
	const { provinces, units34 } = embedded.reference;
	const codes63 = new Set(provinces.map((p) => p.code));
	const codes34 = new Set(units34.map((p) => p.code));
	const first = new Map<string, number>();
	observations.forEach((o, j) => {
		const units = usesUnits34(o.period) ? codes34 : codes63;
		if (!units.has(o.unitCode)) {
			throw new WorkspaceFileError(`${where}, observation ${j + 1}: unknown unit code ${o.unitCode} for period ${o.period} (${usesUnits34(o.period) ? 34 : 63} units)`);
		}
		const key = `${o.unitCode}|${o.period}|${o.indicator}`;
		const seen = first.get(key);
		if (seen !== undefined) throw new WorkspaceFileError(`${where}, observation ${j + 1}: duplicate of observation ${seen} (unit ${o.unitCode}, period ${o.period}, indicator ${o.indicator})`);
		first.set(key, j + 1);
	});
}

/** Reads a workspace file, checking every dataset and observation; a bad file changes nothing. */
export function parseWorkspaceFile(text: string): WorkspaceFile {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		throw new WorkspaceFileError('not a workspace file (not JSON)');
	}
	const f = raw as Partial<WorkspaceFile>;
	if (!f || f.format !== WORKSPACE_FORMAT) throw new WorkspaceFileError('not a workspace file of this dashboard');
	if (typeof f.version !== 'number' || f.version > WORKSPACE_VERSION) throw new WorkspaceFileError(`workspace file version ${String(f.version)} is newer than this dashboard`);
	if (!Array.isArray(f.datasets)) throw new WorkspaceFileError('datasets missing');
	const datasets = f.datasets.map((d, i): StoredDataset => {
		const entry = d?.entry;
		if (!entry || typeof entry.id !== 'string' || !entry.id || typeof entry.name !== 'string' || !entry.info) {
			throw new WorkspaceFileError(`dataset ${i + 1}: missing id, name or info`);
		}
		if (!Array.isArray(d.observations)) throw new WorkspaceFileError(`dataset ${entry.name}: observations missing`);
		const observations = d.observations.map((o, j) => checkObservation(o, `dataset ${entry.name}, observation ${j + 1}`));
		checkUnits(observations, `dataset ${entry.name}`);
		return { entry: { ...entry, info: { ...entry.info, id: entry.id } }, observations };
	});
	const local: Record<string, string> = {};
	for (const [k, v] of Object.entries(f.localStorage ?? {})) {
		if (k.startsWith(LOCAL_KEY_PREFIX) && typeof v === 'string') local[k] = v;
	}
	return { format: WORKSPACE_FORMAT, version: f.version, exportedAt: String(f.exportedAt ?? ''), datasets, localStorage: local };
}
