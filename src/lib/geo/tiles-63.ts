import { layoutFromRows } from './tile-grid';

/**
 * The 63 provinces before 1 July 2025 on a tile grid, one equal square each, laid out by hand to
 * echo Vietnam's shape: the wide north, the narrow central coast, the south and the Mekong delta.
 * Each cell is 3 characters wide; a code is a GSO province code.
 */
export const TILES_63 = layoutFromRows(63, [
	'      10 02 04',
	'   12 15 08 06 20',
	'11 14 25 26 19 24 22',
	'      17 01 27 30 31',
	'      38 35 33 34',
	'      40 37 36',
	'         42',
	'            44',
	'               45',
	'               46 48',
	'                  49',
	'               62 51',
	'               64 52',
	'               66 54',
	'         70 67 68 56',
	'      72 74 75 60 58',
	'89 87 80 79 77',
	'91 92 86 82 83',
	'   93 94 84',
	'96 95'
]);
