import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import TileMap from '../../../src/lib/charts/TileMap.svelte';
import { buildMapTiles } from '../../../src/lib/charts/tile-map';
import { STATUS_COLOURS } from '../../../src/lib/charts/tile-colours';
import { embedded } from '../../../src/lib/data/embedded';
import { TILES_63 } from '../../../src/lib/geo/tiles-63';
import { buildRanking } from '../../../src/lib/metrics/ranking';

const { reference, appendix } = embedded;
const counts = appendix.observations.map((o) => ({ code: o.unitCode, electronic: o.electronic, total: o.total }));
const ranking = buildRanking(counts, reference.provinces, 'asc', 8000);
const hrefOf = (code: string) => `/province/${code}/`;

describe('map tiles from a ranking', () => {
	it('gives each tile its figures, both ranks and its link', () => {
		const tiles = buildMapTiles(TILES_63, reference.provinces, ranking, { colour: 'rate', locale: 'vi', hrefOf });
		const kh = tiles.find((t) => t.code === '56')!;
		expect(kh).toMatchObject({ nameLines: ['Khánh', 'Hòa'], figure: '2,34%', href: '/province/56/', highlight: false });
		expect(kh.details).toEqual(['Khánh Hòa', '2,34% (2.138 / 91.489 hồ sơ điện tử)', 'STT phụ lục 12/63 · hạng 52/63 cao nhất trước', 'chưa đạt mục tiêu']);
		expect(tiles.find((t) => t.code === '79')!.details[2]).toBe('STT phụ lục 63/63 · hạng 1/63 cao nhất trước');
	});

	it('colours by target status, and grey without figures', () => {
		const tiles = buildMapTiles(TILES_63, reference.provinces, ranking.filter((r) => r.code !== '01'), { colour: 'status', locale: 'en', hrefOf });
		expect(tiles.find((t) => t.code === '79')!.fill).toBe(STATUS_COLOURS.meets);
		expect(tiles.find((t) => t.code === '56')!.fill).toBe(STATUS_COLOURS.below);
		expect(tiles.find((t) => t.code === '01')!).toMatchObject({ fill: STATUS_COLOURS.none, details: ['Hà Nội', 'no data'] });
	});

	it('renders one link per tile in north-to-south order with the figures as its accessible name; one tab stop', () => {
		const tiles = buildMapTiles(TILES_63, reference.provinces, ranking, { colour: 'rate', locale: 'vi', hrefOf });
		const { body } = render(TileMap, { props: { tiles, cols: TILES_63.cols, rows: TILES_63.rows, title: 'Bản đồ', description: 'd' } });
		const codes = [...body.matchAll(/data-code="(\d+)"/g)].map((m) => m[1]);
		expect(codes).toHaveLength(63);
		expect(codes.slice(0, 3)).toEqual(['10', '02', '04']);
		expect([...body.matchAll(/tabindex="0"/g)]).toHaveLength(1);
		expect(body).toContain('aria-label="Khánh Hòa 2,34% (2.138 / 91.489 hồ sơ điện tử); STT phụ lục 12/63 · hạng 52/63 cao nhất trước; chưa đạt mục tiêu"');
		expect(body).not.toContain('style=');
		// Label in Name: every tile's accessible name begins with the words it shows, short names too.
		for (const tile of tiles) expect(tile.label.startsWith([...tile.nameLines, tile.figure].join(' ')), tile.label).toBe(true);
		expect(tiles.find((t) => t.code === '79')!.label).toMatch(/^TP HCM 99,42% \(84\.196 \/ 84\.690 hồ sơ điện tử\); Hồ Chí Minh; STT/);
	});
});

import UnitTrendChart from '../../../src/lib/charts/UnitTrendChart.svelte';

describe('the unit trend chart (server-rendered SVG)', () => {
	const render2 = (rates: (number | null)[]) =>
		render(UnitTrendChart, {
			props: {
				points: rates.map((rate, i) => ({ key: `p${i}`, label: `P${i}`, rate, valueText: rate === null ? '' : `${rate * 100}%` })),
				target: 0.8,
				targetLabel: 'Mục tiêu 80,00%',
				title: 'T',
				locale: 'vi'
			}
		}).body;

	it('draws one dot per period with a rate and a dashed target line', () => {
		const svg = render2([0.1, null, 0.5]);
		expect([...svg.matchAll(/<circle/g)]).toHaveLength(2);
		expect(svg).toContain('class="target');
		expect(svg).toContain('P0: 10%; P1: —; P2: 50%');
	});

	it('puts a higher rate higher on the chart', () => {
		const ys = [...render2([0.1, 0.9]).matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
		expect(ys[1]).toBeLessThan(ys[0]);
	});
});
