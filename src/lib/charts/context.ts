import { getContext, setContext } from 'svelte';
import type { ScaleBand, ScaleLinear, ScalePoint } from 'd3';
import type { Margin } from './scales';

/** What the chart container (ChartFrame) shares with its layers: its size and the scale of each axis. */
export interface ChartContext<X, Y> {
	readonly width: number;
	readonly height: number;
	readonly margin: Margin;
	readonly x: X;
	readonly y: Y;
}

/** Bars and dumbbells: value (a rate, 0..1) → x pixel; category key → y pixel of its band. */
export type BarChartContext = ChartContext<ScaleLinear<number, number>, ScaleBand<string>>;
/** Trends: month position → x pixel; value → y pixel. */
export type TrendChartContext = ChartContext<ScaleLinear<number, number>, ScaleLinear<number, number>>;
/** A unit's line over its periods: period key → x pixel; value → y pixel. */
export type PointChartContext = ChartContext<ScalePoint<string>, ScaleLinear<number, number>>;

const KEY = Symbol('chart');

export function provideChart<X, Y>(context: ChartContext<X, Y>): void {
	setContext(KEY, context);
}

function useChart<C>(what: string): C {
	const context = getContext<C | undefined>(KEY);
	if (!context) throw new Error(`a ${what} layer must be placed inside a chart container`);
	return context;
}

export const useBarChart = (): BarChartContext => useChart<BarChartContext>('chart');
export const useTrendChart = (): TrendChartContext => useChart<TrendChartContext>('trend');
export const usePointChart = (): PointChartContext => useChart<PointChartContext>('trend');

export interface Bar {
	key: string;
	/** The bar's value on the x scale; null draws nothing (no data). */
	value: number | null;
	/** Sets the fill: "meets", "below" or "neutral". */
	tone: 'meets' | 'below' | 'neutral';
	/** Hover text: the figures in words. */
	label: string;
}

/** A unit's rate in two periods (fractions), drawn as a dumbbell; tone says which way it moved. */
export interface Dumbbell {
	key: string;
	a: number | null;
	b: number | null;
	tone: 'up' | 'down' | 'same';
	label: string;
}

/** One point of a line: x is a month position (see metrics/months.ts), y the value. */
export interface TrendDatum {
	key: string;
	x: number;
	y: number;
	/** Spoken and hover text: the figures in words. */
	label: string;
}
