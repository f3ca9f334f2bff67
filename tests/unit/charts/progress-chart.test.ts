import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ProgressChart from '../../../src/lib/charts/ProgressChart.svelte';
import DumbbellChart from '../../../src/lib/charts/DumbbellChart.svelte';
import type { Target } from '../../../src/lib/data/targets';
import { evaluateProgress } from '../../../src/lib/metrics/progress';
import { targetOf } from '../fixtures/target';

const target: Target = targetOf();
const series = [
	{ period: '2019-07', electronic: 30, total: 100 },
	{ period: '2019-08', electronic: 40, total: 100 },
	{ period: '2019-09', electronic: 50, total: 100 }
];
const labels = { actual: 'Tỷ lệ', target: 'Mục tiêu', deadline: 'Thời hạn', projection: 'Dự báo', reference: 'Tham chiếu' };
const clean = (html: string) => html.replace(/<!--[^>]*-->/g, '');
const attr = (svg: string, re: RegExp) => [...svg.matchAll(re)].map((m) => m[1]);

describe('the progress chart (server-rendered SVG)', () => {
	const progress = evaluateProgress(target, series, '2019-09');
	const svg = clean(render(ProgressChart, { props: { series, progress, kind: 'rate', deadline: target.deadline, title: 'Hà Nội', labels, locale: 'vi' } }).body);

	it('draws the target line and the deadline, labelled in Vietnamese formats', () => {
		expect(svg).toContain('Mục tiêu 80,00%');
		expect(svg).toContain('Thời hạn 31/12/2019');
		expect(attr(svg, /class="target[^"]*"[^>]*data-value="([\d.]+)"/g)).toEqual(['0.8']);
	});

	it('has one focusable point per period (the first a tab stop) and the projection at the deadline', () => {
		expect(attr(svg, /data-point="([^"]+)"/g)).toEqual(['2019-07', '2019-08', '2019-09', 'projection']);
		expect(attr(svg, /data-point="[^"]+" tabindex="(-?\d)"/g)).toEqual(['0', '-1', '-1', '-1']);
		expect(svg).toContain('aria-label="Tỷ lệ 09/2019: 50,00% (50 / 100)"');
		expect(svg).toContain('aria-label="Dự báo 31/12/2019: 80,00%"'); // +10 points a month for 3 months
	});

	it('puts the projection on the target line when the trend reaches it exactly', () => {
		const cy = (key: string) => Number(new RegExp(`cy="([\\d.]+)"[^>]*data-point="${key}"`).exec(svg)![1]);
		const targetY = Number(/class="target[^"]*"[\s\S]*?y1="([\d.]+)"/.exec(svg)![1]);
		expect(cy('projection')).toBeCloseTo(targetY, 6);
		expect(cy('2019-09')).toBeGreaterThan(targetY); // lower on screen = lower rate
	});

	it('compact small multiples have no tab stops and no labels', () => {
		const small = clean(render(ProgressChart, { props: { series, progress, kind: 'rate', deadline: target.deadline, title: 'Hà Nội', labels, locale: 'vi', compact: true } }).body);
		expect(small).not.toContain('tabindex');
		expect(small).not.toContain('Mục tiêu 80,00%');
		expect(small).toContain('role="img"');
	});
});

describe('the dumbbell chart', () => {
	it('draws A and B per unit, coloured by direction, the first row a tab stop', () => {
		const svg = clean(
			render(DumbbellChart, {
				props: {
					rows: [
						{ key: '01', a: 0.1, b: 0.3, tone: 'up', label: 'Hà Nội: 10,00% → 30,00%' },
						{ key: '02', a: 0.5, b: 0.4, tone: 'down', label: 'Hà Giang' },
						{ key: '03', a: null, b: 0.4, tone: 'same', label: 'Cao Bằng' }
					],
					labels: [
						{ key: '01', text: '▲ Hà Nội' },
						{ key: '02', text: '▼ Hà Giang' },
						{ key: '03', text: 'Cao Bằng' }
					],
					title: 'T',
					description: 'D',
					formatTick: (v: number) => String(v)
				}
			}).body
		);
		expect(attr(svg, /class="row (\w+)[^"]*"/g)).toEqual(['up', 'down', 'same']);
		expect(attr(svg, /<circle class="(a|b)[^"]*"/g)).toEqual(['a', 'b', 'a', 'b', 'b']);
		expect(attr(svg, /data-point="\d+"[^>]*tabindex="(-?\d)"/g)).toEqual(['0', '-1', '-1']);
		expect(svg).toContain('role="group"');
	});
});
