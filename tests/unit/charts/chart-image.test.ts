import { describe, expect, it } from 'vitest';
import { composeChartSvg, escapeXml } from '../../../src/lib/charts/chart-image';

const chart = { markup: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect data-key="01" width="10" height="10"/></svg>', width: 400, height: 300 };
const frame = {
	title: 'Xếp hạng <các> đơn vị & "tỷ lệ"',
	legend: [
		{ label: 'Đạt mục tiêu', color: '#1b7f5a', kind: 'box' as const },
		{ label: 'Mục tiêu 80,00%', color: '#b00020', kind: 'dash' as const }
	],
	source: 'Nguồn: Công văn 3040/BHXH-CNTT'
};

describe('composeChartSvg', () => {
	const doc = composeChartSvg(chart, frame);

	it('is a standalone SVG document that wraps the chart with title, legend and source', () => {
		expect(doc.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(doc.svg).toContain('>Xếp hạng &lt;các&gt; đơn vị &amp; &quot;tỷ lệ&quot;</text>');
		expect(doc.svg).toContain('>Đạt mục tiêu</text>');
		expect(doc.svg).toContain('stroke-dasharray="4 2"');
		expect(doc.svg).toContain('>Nguồn: Công văn 3040/BHXH-CNTT</text>');
		expect(doc.svg).toContain(chart.markup);
		expect(doc.svg.indexOf('Đạt mục tiêu')).toBeLessThan(doc.svg.indexOf(chart.markup));
		expect(doc.svg.indexOf(chart.markup)).toBeLessThan(doc.svg.indexOf('Nguồn:'));
	});

	it('is wider and taller than the chart by its frame', () => {
		expect(doc.width).toBe(432);
		expect(doc.height).toBeGreaterThan(300 + 60);
		expect(doc.svg).toContain(`viewBox="0 0 ${doc.width} ${doc.height}"`);
	});

	it('fetches nothing: no external references', () => {
		expect(doc.svg).not.toMatch(/href=|url\(|@import/);
	});

	it('wraps a long legend onto more rows', () => {
		const many = { ...frame, legend: Array.from({ length: 12 }, (_, i) => ({ label: `Mục chú giải số ${i}`, color: '#000', kind: 'box' as const })) };
		expect(composeChartSvg(chart, many).height).toBeGreaterThan(doc.height);
	});

	it.each([
		['a<b', 'a&lt;b'],
		['"x" & \'y\'', '&quot;x&quot; &amp; &apos;y&apos;'],
		['Đắk Lắk', 'Đắk Lắk']
	])('escapes %j', (input, out) => expect(escapeXml(input)).toBe(out));
});
