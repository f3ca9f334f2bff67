import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { neighbourInDirection, readingOrder, tileDistance, type TileLayout } from '../../../src/lib/geo/tile-grid';
import { TILES_34 } from '../../../src/lib/geo/tiles-34';
import { TILES_63 } from '../../../src/lib/geo/tiles-63';

const { reference } = embedded;

function tileOf(layout: TileLayout, code: string) {
	const tile = layout.tiles.find((t) => t.code === code);
	if (!tile) throw new Error(`no tile for ${code}`);
	return tile;
}

describe.each([
	['63 provinces', TILES_63, reference.provinces.map((p) => p.code)],
	['34 units', TILES_34, reference.units34.map((u) => u.code)]
])('tile layout of the %s', (_name, layout, codes) => {
	it('has every code exactly once and no other', () => {
		const placed = layout.tiles.map((t) => t.code);
		expect(new Set(placed).size).toBe(placed.length);
		expect([...placed].sort()).toEqual([...codes].sort());
	});

	it('puts no two tiles on the same square, all inside the grid', () => {
		const squares = layout.tiles.map((t) => `${t.col},${t.row}`);
		expect(new Set(squares).size).toBe(squares.length);
		for (const t of layout.tiles) {
			expect(t.col).toBeGreaterThanOrEqual(0);
			expect(t.col).toBeLessThan(layout.cols);
			expect(t.row).toBeGreaterThanOrEqual(0);
			expect(t.row).toBeLessThan(layout.rows);
		}
	});

	it('runs from north to south in reading order: the first tile is in the far north, the last in the Mekong delta', () => {
		const order = readingOrder(layout.tiles).map((t) => t.code);
		expect(['10', '12', '15']).toContain(order[0]);
		expect(['95', '96']).toContain(order[order.length - 1]);
	});

	it('leaves no tile cut off: every tile touches another', () => {
		for (const t of layout.tiles) {
			expect(layout.tiles.some((o) => o !== t && tileDistance(o, t) === 1), t.code).toBe(true);
		}
	});
});

// Pairs of units that share a border: on the grid they must touch (side or corner).
const ADJACENT_63: [string, string, string][] = [
	['01', '27', 'Hà Nội – Bắc Ninh'],
	['01', '33', 'Hà Nội – Hưng Yên'],
	['01', '26', 'Hà Nội – Vĩnh Phúc'],
	['01', '17', 'Hà Nội – Hòa Bình'],
	['56', '58', 'Khánh Hòa – Ninh Thuận'],
	['56', '54', 'Khánh Hòa – Phú Yên'],
	['56', '68', 'Khánh Hòa – Lâm Đồng'],
	['96', '95', 'Cà Mau – Bạc Liêu'],
	['10', '02', 'Lào Cai – Hà Giang'],
	['10', '15', 'Lào Cai – Yên Bái'],
	['22', '31', 'Quảng Ninh – Hải Phòng'],
	['38', '37', 'Thanh Hóa – Ninh Bình'],
	['40', '42', 'Nghệ An – Hà Tĩnh'],
	['46', '48', 'Huế – Đà Nẵng'],
	['79', '74', 'TP Hồ Chí Minh – Bình Dương'],
	['79', '80', 'TP Hồ Chí Minh – Long An'],
	['92', '89', 'Cần Thơ – An Giang'],
	['60', '58', 'Bình Thuận – Ninh Thuận']
];
const ADJACENT_34: [string, string, string][] = [
	['01', '24', 'Hà Nội – Bắc Ninh'],
	['01', '33', 'Hà Nội – Hưng Yên'],
	['01', '25', 'Hà Nội – Phú Thọ'],
	['56', '68', 'Khánh Hòa – Lâm Đồng'],
	['56', '66', 'Khánh Hòa – Đắk Lắk'],
	['96', '92', 'Cà Mau – Cần Thơ'],
	['15', '08', 'Lào Cai – Tuyên Quang'],
	['79', '75', 'TP Hồ Chí Minh – Đồng Nai'],
	['79', '80', 'TP Hồ Chí Minh – Tây Ninh'],
	['31', '22', 'Hải Phòng – Quảng Ninh']
];
// Far apart in reality: far apart on the grid.
const DISTANT: [TileLayout, string, string][] = [
	[TILES_63, '01', '79'],
	[TILES_63, '02', '96'],
	[TILES_34, '01', '79']
];

describe('known neighbours are neighbours on the grid', () => {
	it.each(ADJACENT_63)('63: %s and %s touch (%s)', (a, b) => {
		expect(tileDistance(tileOf(TILES_63, a), tileOf(TILES_63, b))).toBe(1);
	});
	it.each(ADJACENT_34)('34: %s and %s touch (%s)', (a, b) => {
		expect(tileDistance(tileOf(TILES_34, a), tileOf(TILES_34, b))).toBe(1);
	});
	it.each(DISTANT)('far apart stays far apart', (layout, a, b) => {
		expect(tileDistance(tileOf(layout, a), tileOf(layout, b))).toBeGreaterThan(8);
	});
	it('places every 34-unit near where its old provinces were (north stays north, south stays south)', () => {
		for (const unit of reference.units34) {
			const rows63 = unit.oldCodes.map((c) => tileOf(TILES_63, c).row / TILES_63.rows);
			const row34 = tileOf(TILES_34, unit.code).row / TILES_34.rows;
			const mean = rows63.reduce((a, b) => a + b, 0) / rows63.length;
			expect(Math.abs(row34 - mean), unit.name).toBeLessThan(0.15);
		}
	});
});

describe('arrow keys move to the tile in that direction', () => {
	it.each([
		['01', 'right', '27'],
		['01', 'left', '17'],
		['01', 'up', '26'],
		['01', 'down', '35'],
		['56', 'down', '58'],
		['96', 'down', null],
		['02', 'up', null]
	] as const)('from %s %s → %s', (from, direction, to) => {
		expect(neighbourInDirection(TILES_63.tiles, tileOf(TILES_63, from), direction)?.code ?? null).toBe(to);
	});
});
