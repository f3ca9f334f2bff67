import { getContext, setContext } from 'svelte';
import type { ScaleLinear } from 'd3';

/** What a trend chart shares with its layers: its size and scales (x: month position, y: value). */
export interface TrendChartContext {
	readonly width: number;
	readonly height: number;
	readonly margin: { top: number; right: number; bottom: number; left: number };
	readonly x: ScaleLinear<number, number>;
	readonly y: ScaleLinear<number, number>;
}

const KEY = Symbol('trend-chart');

export function provideTrendChart(context: TrendChartContext): void {
	setContext(KEY, context);
}

export function useTrendChart(): TrendChartContext {
	const context = getContext<TrendChartContext | undefined>(KEY);
	if (!context) throw new Error('a trend layer must be placed inside a trend chart');
	return context;
}

/** One point of a line: x is a month position (see metrics/months.ts), y the value. */
export interface TrendDatum {
	key: string;
	x: number;
	y: number;
	/** Spoken and hover text: the figures in words. */
	label: string;
}
