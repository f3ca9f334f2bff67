import type { RankInput } from './rank';
import type { RankingRow } from './ranking';
import { compareRates, rate, sumCounts, type Counts } from '../base/rate';
import { meetsTarget } from './summary';

/** Where one unit stands among a set of units (the nation, or its region). */
export interface Place {
	/** Units with a rate in the set. */
	of: number;
	/** Appendix order, lowest rate first: STT of the unit (its position), and its competition rank. */
	positionLowestFirst: number;
	rankLowestFirst: number;
	/** Best first: competition rank 1 = highest rate (ties share the best rank). */
	rankBestFirst: number;
	/** Units of the set with a strictly lower / strictly higher rate / the same rate (others). */
	below: number;
	above: number;
	tied: number;
	/**
	 * Percentile rank, 0–100: the share of the other units it is ahead of, ties counting half.
	 * 100 = the best of the set, 0 = the last; null when it is alone.
	 */
	percentile: number | null;
}

/**
 * The place of `code` among `rows` (a ranking in any order). Null when the unit is absent or has
 * no rate (a unit without dossiers is not ranked).
 */
export function placeOf(rows: readonly RankInput[], code: string): Place | null {
	const self = rows.find((r) => r.code === code);
	if (!self || self.total <= 0) return null;
	const ranked = rows.filter((r) => r.total > 0);
	let below = 0;
	let above = 0;
	let tied = 0;
	for (const r of ranked) {
		if (r === self) continue;
		const c = compareRates(r, self);
		if (c < 0) below++;
		else if (c > 0) above++;
		else tied++;
	}
	// The appendix's display order puts the larger denominator first among equal rates, then the code.
	const tiedBefore = ranked.filter((r) => r !== self && compareRates(r, self) === 0 && (r.total > self.total || (r.total === self.total && r.code < self.code))).length;
	const others = ranked.length - 1;
	return {
		of: ranked.length,
		positionLowestFirst: below + tiedBefore + 1,
		rankLowestFirst: below + 1,
		rankBestFirst: above + 1,
		below,
		above,
		tied,
		percentile: others === 0 ? null : ((below + tied / 2) / others) * 100
	};
}

/**
 * Dossiers that would have to move to the electronic channel (the total unchanged) for the unit
 * to reach a rate of `num / den`: the smallest whole e with e / total ≥ num / den, minus what it has.
 * 0 when it is already there; null without a rate.
 */
export function dossiersToReach(unit: Counts, num: bigint, den: bigint): number | null {
	if (unit.total <= 0 || den <= 0n) return null;
	const needed = (num * BigInt(unit.total) + den - 1n) / den; // ceil
	const gap = needed - BigInt(unit.electronic);
	return gap > 0n ? Number(gap) : 0;
}

export interface Gap {
	/** Rate minus the reference, in percentage points (positive: above it). */
	points: number;
	/** Dossiers short of the reference; 0 when at or above it. */
	dossiersShort: number;
	/** Whether the unit is at or above it (decided exactly). */
	reached: boolean;
}

/** The gap to a target given in hundredths of a percent (8000 = 80%). */
export function gapToTarget(unit: Counts, targetHundredths: number): Gap | null {
	const r = rate(unit);
	if (r === null) return null;
	return {
		points: r * 100 - targetHundredths / 100,
		dossiersShort: dossiersToReach(unit, BigInt(Math.round(targetHundredths)), 10000n) ?? 0,
		reached: meetsTarget(unit, targetHundredths)
	};
}

/** The gap to a reference group's weighted rate (the nation, a region): sum over sum. */
export function gapToGroup(unit: Counts, group: readonly Counts[]): Gap | null {
	const r = rate(unit);
	const sums = sumCounts(group);
	const g = rate(sums);
	if (r === null || g === null) return null;
	return {
		points: (r - g) * 100,
		dossiersShort: dossiersToReach(unit, BigInt(sums.electronic), BigInt(sums.total)) ?? 0,
		reached: compareRates(unit, sums) >= 0
	};
}

/** One point of a unit's series: its figures and place in one period. */
export interface StandingPoint {
	period: string;
	row: RankingRow | null;
	place: Place | null;
}

export interface RankChange {
	from: string;
	to: string;
	/** Best-first places gained (positive: moved up towards rank 1), negative: places lost. */
	placesGained: number;
	/** Rate change in percentage points. */
	points: number;
}

/** The change between the last two periods where the unit has a place; null with fewer than two. */
export function rankChange(points: readonly StandingPoint[]): RankChange | null {
	const placed = points.filter((p) => p.place !== null && p.row !== null && p.row.rate !== null);
	if (placed.length < 2) return null;
	const previous = placed[placed.length - 2];
	const latest = placed[placed.length - 1];
	return {
		from: previous.period,
		to: latest.period,
		placesGained: previous.place!.rankBestFirst - latest.place!.rankBestFirst,
		points: (latest.row!.rate! - previous.row!.rate!) * 100
	};
}
