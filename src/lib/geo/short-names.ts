import type { Province } from './types';

// Names too long for a tile of a few letters: their usual short forms.
const SHORT: Record<string, string> = {
	'Bà Rịa - Vũng Tàu': 'BR-VT',
	'Hồ Chí Minh': 'TP HCM',
	'Thừa Thiên Huế': 'Huế'
};

/** The lines of a unit's name on a map tile: "Khánh Hòa" → ["Khánh", "Hòa"]; long names by their short form. */
export function tileLines(unit: Pick<Province, 'name'>): string[] {
	const short = SHORT[unit.name];
	if (short) return [short];
	const words = unit.name.split(/\s+/);
	if (words.length <= 2) return words;
	return [words.slice(0, -1).join(' '), words[words.length - 1]];
}
