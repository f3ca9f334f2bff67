import type { Target } from '../data/targets';
import type { Province } from '../geo/types';
import { evaluateProgress, type Progress, type SeriesPoint } from './progress';
import { STATUS_ORDER } from './status';

export interface CodedPoint extends SeriesPoint {
	code: string;
}

export interface UnitProgress {
	code: string;
	progress: Progress;
	/** The indicator's figures, oldest first. */
	series: SeriesPoint[];
	/** The reference indicator's figures (relative targets), oldest first. */
	reference: SeriesPoint[];
}

export interface TargetProgress {
	/** Provinces the target applies to (none for a national count), worst first. */
	units: UnitProgress[];
	/** The sum over the scope (nation, region or the province), sum over sum per period. */
	aggregate: UnitProgress;
}

/** Sum of numerators and of denominators per period: a weighted series, never a mean of rates. */
export function sumByPeriod(points: readonly SeriesPoint[]): SeriesPoint[] {
	const byPeriod = new Map<string, SeriesPoint>();
	for (const p of points) {
		const sum = byPeriod.get(p.period) ?? { period: p.period, electronic: 0, total: 0 };
		sum.electronic += p.electronic;
		sum.total += p.total;
		byPeriod.set(p.period, sum);
	}
	return [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The provinces a target applies to. */
export function unitsInScope(target: Target, provinces: readonly Province[]): Province[] {
	if (target.scope === 'province') return provinces.filter((p) => p.code === target.scopeCode);
	if (target.scope === 'region') return provinces.filter((p) => p.region === target.scopeCode);
	return [...provinces];
}

/**
 * "Worst first": by status (chậm, có nguy cơ, đúng tiến độ, đã đạt, không có số liệu), then the
 * largest gap first, then the unit code.
 */
export function compareProgress(a: UnitProgress, b: UnitProgress): number {
	return (
		STATUS_ORDER[a.progress.status] - STATUS_ORDER[b.progress.status] ||
		(b.progress.gap ?? -Infinity) - (a.progress.gap ?? -Infinity) ||
		(a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
	);
}

/** Progress of every province in the target's scope and of their sum, with figures up to `asOf`. */
export function progressForTarget(
	target: Target,
	provinces: readonly Province[],
	series: readonly CodedPoint[],
	referenceSeries: readonly CodedPoint[],
	asOf: string
): TargetProgress {
	const scope = unitsInScope(target, provinces);
	const codes = new Set(scope.map((p) => p.code));
	const group = (points: readonly CodedPoint[]) => {
		const map = new Map<string, SeriesPoint[]>();
		for (const p of points) {
			if (!codes.has(p.code)) continue;
			const list = map.get(p.code) ?? [];
			list.push({ period: p.period, electronic: p.electronic, total: p.total });
			map.set(p.code, list);
		}
		for (const list of map.values()) list.sort((a, b) => (a.period < b.period ? -1 : 1));
		return map;
	};
	const own = group(series);
	const ref = group(referenceSeries);
	const units =
		target.kind === 'count' && target.scope !== 'province'
			? []
			: scope
					.map((p) => {
						const s = own.get(p.code) ?? [];
						const r = ref.get(p.code) ?? [];
						return { code: p.code, series: s, reference: r, progress: evaluateProgress(target, s, asOf, r) };
					})
					.sort(compareProgress);
	const allOwn = sumByPeriod([...own.values()].flat());
	const allRef = sumByPeriod([...ref.values()].flat());
	const aggregate = { code: target.scopeCode ?? 'national', series: allOwn, reference: allRef, progress: evaluateProgress(target, allOwn, asOf, allRef) };
	return { units, aggregate };
}
