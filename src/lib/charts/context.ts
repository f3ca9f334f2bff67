import { getContext, setContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3';

/** What a chart container shares with its layers: its size and the scales it computed. */
export interface BarChartContext {
	readonly width: number;
	readonly height: number;
	readonly margin: { top: number; right: number; bottom: number; left: number };
	/** Value (a rate, 0..1) → x pixel. */
	readonly x: ScaleLinear<number, number>;
	/** Category key → y pixel of its band. */
	readonly y: ScaleBand<string>;
}

const KEY = Symbol('bar-chart');

export function provideBarChart(context: BarChartContext): void {
	setContext(KEY, context);
}

export function useBarChart(): BarChartContext {
	const context = getContext<BarChartContext | undefined>(KEY);
	if (!context) throw new Error('a chart layer must be placed inside a chart container');
	return context;
}

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
