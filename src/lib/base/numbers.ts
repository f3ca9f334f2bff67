/**
 * Number style of a file: Vietnamese "168.121" and "0,22%", English "168,121" and "0.22%", or "plain"
 * when no cell shows a separator (numbers stored as numbers in a workbook, or counts under 1.000).
 */
export type NumberStyle = 'vi' | 'en' | 'plain';

const VI_THOUSANDS = /^-?\d{1,3}(\.\d{3})+(,\d+)?%?$/;
const EN_THOUSANDS = /^-?\d{1,3}(,\d{3})+(\.\d+)?%?$/;
const VI_DECIMAL = /^-?\d+,\d+%?$/;
const EN_DECIMAL = /^-?\d+\.\d+%?$/;

const SPACE_GROUPED = /^[-(]?\d{1,3}(\s\d{3})+([.,]\d+)?\)?$/;

function compact(raw: string): string {
	return raw.replace(/[\s\u00a0\u202f]/g, '');
}

/** Votes of the cells of the numeric columns; a tie goes to Vietnamese, the house style. */
export function detectNumberStyle(cells: Iterable<string>): NumberStyle {
	let vi = 0;
	let en = 0;
	for (const raw of cells) {
		const s = compact(raw);
		if (VI_THOUSANDS.test(s)) vi++;
		else if (EN_THOUSANDS.test(s)) en++;
		// "1,536" or "1.536" alone is ambiguous between thousands and decimals; 1–2 decimals are not.
		else if (/^-?\d+,\d{1,2}%?$/.test(s) || /^-?\d+,\d{4,}%?$/.test(s)) vi++;
		else if (/^-?\d+\.\d{1,2}%?$/.test(s) || /^-?\d+\.\d{4,}%?$/.test(s)) en++;
	}
	if (vi === 0 && en === 0) return 'plain';
	return en > vi ? 'en' : 'vi';
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: 'missing' | 'notANumber' };

/** Reads a number written in the file's style; "(12)" and "-12" are negative. Percent signs are dropped. */
export function parseNumber(raw: string, style: NumberStyle): ParsedNumber {
	// A space groups thousands ("168 121") and nothing else: "2 6 6" or "12<TAB>3" is not 266 or 123.
	const inner = raw.trim().replace(/\s*%$/, '');
	if (/\s/.test(inner) && !SPACE_GROUPED.test(inner)) return { ok: false, problem: 'notANumber' };
	let s = compact(raw).replace(/%$/, '');
	if (s === '' || s === '-' || s === '—') return { ok: false, problem: 'missing' };
	let negative = false;
	if (/^\(.*\)$/.test(s)) {
		negative = true;
		s = s.slice(1, -1);
	}
	if (s.startsWith('-')) {
		negative = !negative;
		s = s.slice(1);
	}
	let normal: string | null = null;
	if (/^\d+$/.test(s)) normal = s;
	else if (style === 'vi' || style === 'plain') {
		if (VI_THOUSANDS.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
		else if (VI_DECIMAL.test(s)) normal = s.replace(',', '.');
		else if (style === 'plain' && EN_DECIMAL.test(s)) normal = s;
	} else {
		if (EN_THOUSANDS.test(s)) normal = s.replace(/,/g, '');
		else if (EN_DECIMAL.test(s)) normal = s;
	}
	if (normal === null) return { ok: false, problem: 'notANumber' };
	const value = Number(normal);
	return Number.isFinite(value) ? { ok: true, value: negative ? -value : value } : { ok: false, problem: 'notANumber' };
}
