/**
 * A chart saved as a file carries what the page shows around it: title, legend and source line.
 * This module lays those out around the chart's own SVG markup and returns one standalone SVG
 * document; it is plain string work (no DOM), so it is the same in tests and in the browser.
 * Fonts are system fonts named in the file: nothing is fetched (the CSP forbids other origins).
 */

export interface LegendItem {
	label: string;
	color: string;
	/** A filled square (bars) or a dashed line (a target). */
	kind: 'box' | 'dash';
}

export interface ChartFrame {
	title: string;
	legend: readonly LegendItem[];
	source: string;
}

export const CHART_FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";

const PAD = 16;
const TITLE_SIZE = 16;
const TEXT_SIZE = 12;

export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A rough text width for laying out the legend (average glyph ≈ 0.58 em in these sans fonts). */
function textWidth(text: string, size: number): number {
	return text.length * size * 0.58;
}

/** Legend items in rows that fit the width; returns the SVG and the height used. */
function legendMarkup(items: readonly LegendItem[], width: number, top: number): { svg: string; height: number } {
	const rowHeight = TEXT_SIZE + 8;
	let x = PAD;
	let y = top;
	const parts: string[] = [];
	for (const item of items) {
		const w = 18 + textWidth(item.label, TEXT_SIZE) + 20;
		if (x + w > width - PAD && x > PAD) {
			x = PAD;
			y += rowHeight;
		}
		const mid = y + rowHeight / 2;
		parts.push(
			item.kind === 'box'
				? `<rect x="${x}" y="${mid - 6}" width="12" height="12" fill="${escapeXml(item.color)}"/>`
				: `<line x1="${x}" x2="${x + 12}" y1="${mid}" y2="${mid}" stroke="${escapeXml(item.color)}" stroke-width="2" stroke-dasharray="4 2"/>`,
			`<text x="${x + 18}" y="${mid}" dominant-baseline="central" font-size="${TEXT_SIZE}" fill="#1d1d1f">${escapeXml(item.label)}</text>`
		);
		x += w;
	}
	return { svg: parts.join(''), height: items.length ? y - top + rowHeight : 0 };
}

/**
 * Wraps a chart's standalone SVG markup (already carrying inline styles, with width and height
 * attributes) in a titled, captioned document of the same width.
 */
export function composeChartSvg(chart: { markup: string; width: number; height: number }, frame: ChartFrame): { svg: string; width: number; height: number } {
	const width = chart.width + 2 * PAD;
	const titleY = PAD + TITLE_SIZE;
	const legend = legendMarkup(frame.legend, width, titleY + 10);
	const chartTop = titleY + 10 + legend.height + 8;
	const sourceY = chartTop + chart.height + 8 + TEXT_SIZE;
	const height = Math.ceil(sourceY + PAD);
	const svg = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CHART_FONT)}">`,
		`<title>${escapeXml(frame.title)}</title>`,
		`<rect width="100%" height="100%" fill="#ffffff"/>`,
		`<text x="${PAD}" y="${titleY}" font-size="${TITLE_SIZE}" font-weight="bold" fill="#1d1d1f">${escapeXml(frame.title)}</text>`,
		legend.svg,
		`<g transform="translate(${PAD} ${chartTop})">${chart.markup}</g>`,
		`<text x="${PAD}" y="${sourceY}" font-size="${TEXT_SIZE - 1}" fill="#5b5b60">${escapeXml(frame.source)}</text>`,
		'</svg>'
	].join('\n');
	return { svg, width, height };
}
