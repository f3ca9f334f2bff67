import { scaleBand, scaleLinear, scalePoint, type ScaleBand, type ScaleLinear, type ScalePoint } from 'd3';

// One way to build a chart's scales, whatever the chart (LayerCake's createScale(dim) is the model): the
// container says what each axis holds, createScale gives that axis its scale over the plot area.

export type Dim = 'x' | 'y';

/** What one axis holds: values on a line, categories in bands, or categories as points (periods of a line). */
export type AxisSpec =
	| { kind: 'linear'; domain: readonly [number, number] }
	| { kind: 'band'; domain: readonly string[]; paddingInner: number }
	| { kind: 'point'; domain: readonly string[]; padding: number };

/** The scale an axis of that kind gets. */
export type ScaleOf<S extends AxisSpec> = S extends { kind: 'band' } ? ScaleBand<string> : S extends { kind: 'point' } ? ScalePoint<string> : ScaleLinear<number, number>;

export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface Frame {
	width: number;
	height: number;
	margin: Margin;
}

/** The pixels a dimension spans inside the margins: x left → right; y bottom → top for values, top → bottom for categories (the first on top). */
export function rangeOf(dim: Dim, spec: AxisSpec, frame: Frame): [number, number] {
	const { width, height, margin } = frame;
	if (dim === 'x') return [margin.left, width - margin.right];
	return spec.kind === 'linear' ? [height - margin.bottom, margin.top] : [margin.top, height - margin.bottom];
}

/** The scale of one dimension of a chart. */
export function createScale<S extends AxisSpec>(dim: Dim, spec: S, frame: Frame): ScaleOf<S> {
	const range = rangeOf(dim, spec, frame);
	if (spec.kind === 'point') return scalePoint<string>().domain(spec.domain).range(range).padding(spec.padding) as ScaleOf<S>;
	if (spec.kind === 'band') return scaleBand<string>().domain(spec.domain).range(range).paddingInner(spec.paddingInner) as ScaleOf<S>;
	return scaleLinear().domain(spec.domain).range(range) as ScaleOf<S>;
}
