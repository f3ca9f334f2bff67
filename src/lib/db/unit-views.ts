import type { DatasetInfo } from '../data/observation';
import type { UnitSet } from '../geo/types';
import type { Connector } from './connector';
import { datasetContents, type PeriodIndicator } from './queries';
import { seriesCounts, type PeriodCounts } from './series';
import { unitHistory, type UnitHistoryPoint } from '../metrics/unit-history';

/**
 * The figures of one dataset as a unit page or the map shows them. The build makes them for the
 * embedded datasets (prerendered), the browser for a dataset of its workspace (?dataset=imp-…), with
 * the same queries here; the pages then derive ranks, gaps and colours from them the same way.
 */

/** The unit codes each unit set knows (the reference's 63 provinces and 34 units). */
export interface KnownCodes {
	codes63: ReadonlySet<string>;
	codes34: ReadonlySet<string>;
}

/** One dataset as a unit page shows it. */
export interface UnitDatasetView {
	info: DatasetInfo;
	indicator: string;
	/**
	 * The period shown and the one before it (oldest first), every unit's counts, on the page's unit set:
	 * the ranks, peers and change of the page. Earlier periods are in `history` only.
	 */
	series: PeriodCounts[];
	/** The unit's own rate and best-first rank in every period up to the one shown. */
	history: UnitHistoryPoint[];
	/** Every period of the indicator on the page's unit set, oldest first (the period picker). */
	periods: string[];
	/** Periods that cannot be shown on this unit set (34-unit figures on a 63-province page). */
	excluded: string[];
	/** For a 34-unit page: the 63 provinces' figures in the latest period reported on them. */
	parts: PeriodCounts | null;
}

/** One dataset as the map shows it: every period on each unit set, oldest first (empty when none fits). */
export interface MapDatasetView {
	info: DatasetInfo;
	indicator: string;
	periods63: PeriodCounts[];
	periods34: PeriodCounts[];
}

/**
 * The indicator a page shows for a dataset: the default dataset's (the appendix's benefits field) when
 * the dataset has it, so that all datasets compare like with like; otherwise the first it holds.
 */
export function primaryIndicator(contents: readonly PeriodIndicator[], preferred: string | undefined): string {
	const ids = [...new Set(contents.map((c) => c.indicator))];
	return preferred !== undefined && ids.includes(preferred) ? preferred : ids.sort()[0];
}

/** The indicators a dataset holds, sorted. */
export function indicatorsOf(contents: readonly PeriodIndicator[]): string[] {
	return [...new Set(contents.map((c) => c.indicator))].sort();
}

/**
 * The indicator to show: the one the link asks for (?indicator=ID), or the primary one when it asks for
 * none. Null when the dataset is empty or lacks the asked indicator, so the page can say which.
 */
export function chooseIndicator(contents: readonly PeriodIndicator[], wanted: string | null, preferred: string | undefined): string | null {
	const held = indicatorsOf(contents);
	if (held.length === 0) return null;
	if (wanted !== null) return held.includes(wanted) ? wanted : null;
	return primaryIndicator(contents, preferred);
}

/**
 * The figures the page of unit `code` (of `unitSet`) needs from one dataset's indicator, at `period` (the
 * latest when null or not held): two periods of every unit's counts and the unit's own history.
 */
export async function unitDatasetView(
	db: Connector,
	info: DatasetInfo,
	indicator: string,
	unitSet: UnitSet,
	known: KnownCodes,
	unit: { code: string; period?: string | null }
): Promise<UnitDatasetView> {
	const selection = { dataset: info.id, indicator };
	const all = await seriesCounts(db, selection, unitSet, known);
	const at = all.periods.findIndex((p) => p.period === unit.period);
	const upTo = at >= 0 ? all.periods.slice(0, at + 1) : all.periods;
	const series = { ...all, periods: upTo.slice(-2) };
	let parts: PeriodCounts | null = null;
	if (unitSet === 34) {
		const old = await seriesCounts(db, selection, 63, known);
		parts = old.periods[old.periods.length - 1] ?? null;
	}
	return { info, indicator, series: series.periods, history: unitHistory(upTo, unit.code), periods: all.periods.map((p) => p.period), excluded: series.excluded, parts };
}

/** The figures the map needs from one dataset's indicator: every period on both unit sets. */
export async function mapDatasetView(db: Connector, info: DatasetInfo, indicator: string, known: KnownCodes): Promise<MapDatasetView> {
	const selection = { dataset: info.id, indicator };
	const on63 = await seriesCounts(db, selection, 63, known);
	const on34 = await seriesCounts(db, selection, 34, known);
	return { info, indicator, periods63: on63.periods, periods34: on34.periods };
}
