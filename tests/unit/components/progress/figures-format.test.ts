import { describe, expect, it } from 'vitest';
import { progressFormat } from '../../../../src/lib/components/progress/figures-format';
import { translate } from '../../../../src/lib/i18n/t';
import type { Progress } from '../../../../src/lib/metrics/progress';

const vi = progressFormat('vi', 'rate', translate('vi'));
const en = progressFormat('en', 'rate', translate('en'));
const counts = progressFormat('vi', 'count', translate('vi'));

describe('progressFormat', () => {
	it.each([
		['vi pct', vi.pct(2250), '22,50%'],
		['en pct', en.pct(2250), '22.50%'],
		['missing pct', vi.pct(null), '—'],
		['signed up', vi.signed(125), '+1,25'],
		['signed down', vi.signed(-5), '−0,05'],
		['signed zero', vi.signed(0), '0,00'],
		['rate level is a percentage', vi.level(5000), '50,00%'],
		['count level is a count', counts.level(168121), '168.121'],
		['exact rate', vi.exact(1, 3), '33,33%'],
		['arrow up', vi.arrow(2), '▲'],
		['arrow down', vi.arrow(-1), '▼'],
		['arrow same', vi.arrow(0), '='],
		['no arrow', vi.arrow(null), ''],
		['move unknown', vi.moveText(null), '—']
	])('%s', (_case, actual, expected) => {
		expect(actual).toBe(expected);
	});

	it('writes a gap as points for a rate target and as dossiers for a count target', () => {
		const p = { gap: -250, neededPerMonth: 1000 } as Progress;
		expect(vi.gapText(p)).toBe('−2,50');
		expect(counts.gapText(p)).toBe('−250');
		expect(counts.neededText(p)).toBe('+1.000');
	});

	it('names a rank move in the page language', () => {
		expect(en.moveText(3)).toMatch(/3$/);
		expect(en.moveText(3)).not.toBe(en.moveText(-3));
	});
});
