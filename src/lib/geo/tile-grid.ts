/** One square of a tile-grid map: a unit placed by hand at a column and row that echo its geography. */
export interface Tile {
	code: string;
	col: number;
	row: number;
}

export interface TileLayout {
	/** 63 provinces or 34 units. */
	unitSet: 63 | 34;
	cols: number;
	rows: number;
	tiles: readonly Tile[];
}

/** Builds a layout from rows written as they look on the map ("" or "  " is an empty cell). */
export function layoutFromRows(unitSet: 63 | 34, rows: readonly string[]): TileLayout {
	const tiles: Tile[] = [];
	let cols = 0;
	rows.forEach((line, row) => {
		const cells = line.match(/.{1,3}/g) ?? [];
		cells.forEach((cell, col) => {
			const code = cell.trim();
			if (code) tiles.push({ code, col, row });
			if (code) cols = Math.max(cols, col + 1);
		});
	});
	return { unitSet, cols, rows: rows.length, tiles };
}

/** Tiles in reading order (top to bottom, left to right): the keyboard order, north to south. */
export function readingOrder(tiles: readonly Tile[]): Tile[] {
	return [...tiles].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Chebyshev distance: 1 means the tiles touch at a side or a corner. */
export function tileDistance(a: Tile, b: Tile): number {
	return Math.max(Math.abs(a.col - b.col), Math.abs(a.row - b.row));
}

export type Direction = 'up' | 'down' | 'left' | 'right';

/**
 * The tile an arrow key moves to: the nearest tile lying in that direction (within a 45° cone),
 * preferring the one most in line; null at the edge of the map.
 */
export function neighbourInDirection(tiles: readonly Tile[], from: Tile, direction: Direction): Tile | null {
	let best: Tile | null = null;
	let bestScore = Infinity;
	for (const t of tiles) {
		if (t === from) continue;
		const dx = t.col - from.col;
		const dy = t.row - from.row;
		const along = direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
		const across = direction === 'right' || direction === 'left' ? Math.abs(dy) : Math.abs(dx);
		if (along <= 0 || across > along) continue;
		const score = along * 2 + across * 3;
		if (score < bestScore) {
			best = t;
			bestScore = score;
		}
	}
	return best;
}
