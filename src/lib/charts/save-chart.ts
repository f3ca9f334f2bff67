import { CHART_FONT, composeChartSvg, type ChartFrame } from './chart-image';

// Browser only: reads computed styles and draws on a canvas. The layout itself is in chart-image.ts.

/** The properties that carry a chart's look; class-based styles are copied onto each element. */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'stroke-linecap',
	'paint-order',
	'opacity',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
];

/** A copy of the chart's SVG with its computed styles inlined, so the file looks the same outside the page. */
export function standaloneChartMarkup(svg: SVGSVGElement): { markup: string; width: number; height: number } {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const source = [svg, ...svg.querySelectorAll('*')];
	const target = [clone, ...clone.querySelectorAll('*')];
	source.forEach((el, i) => {
		const computed = getComputedStyle(el);
		const style = PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
		const copy = target[i] as SVGElement;
		copy.removeAttribute('class');
		copy.setAttribute('style', style);
	});
	const box = svg.viewBox.baseVal;
	const width = box && box.width ? box.width : svg.clientWidth;
	const height = box && box.height ? box.height : svg.clientHeight;
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	clone.setAttribute('font-family', CHART_FONT);
	clone.removeAttribute('aria-labelledby');
	return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

export function chartSvgDocument(svg: SVGSVGElement, frame: ChartFrame) {
	return composeChartSvg(standaloneChartMarkup(svg), frame);
}

/** Rasterises an SVG document to PNG bytes at `scale` × its size (2: sharp on paper and screens). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Uint8Array> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.decoding = 'async';
		await new Promise<void>((resolve, reject) => {
			image.onload = () => resolve();
			image.onerror = () => reject(new Error('the chart image could not be drawn'));
			image.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.fillStyle = '#ffffff';
		context.fillRect(0, 0, canvas.width, canvas.height);
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new Error('the PNG could not be made');
		return new Uint8Array(await blob.arrayBuffer());
	} finally {
		URL.revokeObjectURL(url);
	}
}
