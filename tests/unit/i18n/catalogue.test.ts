// The one message catalogue per language: every key in both languages, the same {placeholders}, and t()
// fills every placeholder it is given values for.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, message, type MessageKey } from '../../../src/lib/i18n/t';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = (locale: 'vi' | 'en') =>
	Object.entries(CATALOGUES[locale]).flatMap(([group, texts]) => Object.keys(texts).map((k) => `${group}.${k}`)).sort();
const textOf = (locale: 'vi' | 'en', key: string) => {
	const dot = key.indexOf('.');
	return (CATALOGUES[locale] as unknown as Record<string, Record<string, string>>)[key.slice(0, dot)][key.slice(dot + 1)];
};

describe('message catalogue', () => {
	it('has every key in both languages, none empty', () => {
		expect(keys('en')).toEqual(keys('vi'));
		for (const key of keys('vi')) for (const locale of ['vi', 'en'] as const) expect(textOf(locale, key).trim(), `${locale} ${key}`).not.toBe('');
	});

	it.each(keys('vi'))('%s: the same placeholders in vi and en, all filled by t()', (key) => {
		const names = placeholders(textOf('vi', key));
		expect(placeholders(textOf('en', key))).toEqual(names);
		const values = Object.fromEntries(names.map((n) => [n, `«${n}-value»`]));
		for (const locale of ['vi', 'en'] as const) {
			const text = message(locale, key as MessageKey, values as never);
			expect(text).not.toMatch(/\{\w+\}/);
			for (const n of names) expect(text).toContain(`«${n}-value»`);
		}
	});

	it('keeps a placeholder it was given no value for visible, never blank', () => {
		expect(message('en', 'import.imported', { name: 'a.csv' } as never)).toBe('Imported "a.csv": {n} rows.');
	});
});
