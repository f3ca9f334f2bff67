import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import RankingBarChart from '../../../src/lib/charts/RankingBarChart.svelte';
import type { RankingRow } from '../../../src/lib/metrics/ranking';
import { buildRanking } from '../../../src/lib/metrics/ranking';
import { embedded } from '../../../src/lib/data/embedded';

const units = embedded.reference.provinces;
const rows: RankingRow[] = buildRanking(
	[
		{ code: '01', electronic: 0, total: 100 },
		{ code: '56', electronic: 50, total: 100 },
		{ code: '79', electronic: 90, total: 100 }
	],
	units,
	'asc',
	8000
);

function chart(target: number | null) {
	const { body } = render(RankingBarChart, {
		props: { rows, target, title: 'T', targetLabel: 'Mục tiêu', locale: 'vi', unitLabel: (r: RankingRow) => r.name }
	});
	return body.replace(/<!--[^>]*-->/g, '');
}

const attr = (svg: string, selector: RegExp) => [...svg.matchAll(selector)].map((m) => m[1]);

describe('the ranking bar chart (server-rendered SVG)', () => {
	const svg = chart(0.8);

	it('draws one bar per unit with a rate, in rank order, coloured by target', () => {
		expect(attr(svg, /<rect class="bar (\w+)[^"]*"/g)).toEqual(['below', 'below', 'meets']);
		expect(attr(svg, /data-key="(\d+)"/g)).toEqual(['01', '56', '79']);
	});

	it('scales bar widths by rate: 0, half and 90% of the plot', () => {
		const widths = attr(svg, /<rect class="bar \w+[^"]*"[^>]*width="([\d.]+)"/g).map(Number);
		expect(widths[0]).toBe(0);
		expect(widths[2] / widths[1]).toBeCloseTo(1.8, 6);
	});

	it('labels bars with Vietnamese percentages and puts the target line at 80%', () => {
		expect(svg).toContain('50,00%');
		expect(svg).toContain('Mục tiêu 80,00%');
		const x = Number(attr(svg, /<g class="target-line[^"]*" data-value="0.8"><line x1="([\d.]+)"/g)[0]);
		const [bar90] = [...svg.matchAll(/<rect class="bar meets[^"]*"[^>]*x="([\d.]+)"[^>]*width="([\d.]+)"/g)];
		const [x0, width90] = [Number(bar90[1]), Number(bar90[2])];
		expect(x).toBeCloseTo(x0 + (width90 * 8) / 9, 6);
	});

	it('draws no target line without a target', () => {
		expect(chart(null)).not.toContain('target-line');
	});

	it('renders unit names as text, escaping markup', () => {
		const { body } = render(RankingBarChart, {
			props: { rows, target: null, title: '<b>x</b>', targetLabel: '', locale: 'vi', unitLabel: () => '<script>alert(1)</script>' }
		});
		expect(body).not.toContain('<script>alert(1)</script>');
		expect(body).toContain('&lt;script>alert(1)&lt;/script>');
	});
});
