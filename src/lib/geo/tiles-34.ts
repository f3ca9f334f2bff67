import { layoutFromRows } from './tile-grid';

/**
 * The 34 provincial units from 1 July 2025 on a tile grid, one equal square each, keyed by the
 * unit's code (the code of the province hosting its centre). Each cell is 3 characters wide.
 */
export const TILES_34 = layoutFromRows(34, [
	'   12 15 08 04',
	'11 14 25 19 20',
	'      01 24 22',
	'      37 33 31',
	'      38',
	'      40',
	'         42',
	'         44',
	'            46',
	'            48',
	'            51',
	'            52',
	'            66',
	'         68 56',
	'   80 75',
	'91 82 79',
	'   92 86',
	'   96'
]);
