// Data names in the reader's language: the one helper pages and components use (i18n/labels.ts).
import { describe, expect, it } from 'vitest';
import { dataLabel, decimalMark, fieldLabel, langQuery } from '../../../src/lib/i18n/labels';

describe('data labels', () => {
	it.each([
		[{ labelVi: 'Chỉ tiêu', labelEn: 'Indicator' }, 'vi', 'Chỉ tiêu'],
		[{ labelVi: 'Chỉ tiêu', labelEn: 'Indicator' }, 'en', 'Indicator'],
		[{ nameVi: 'Đông Nam Bộ', nameEn: 'Southeast' }, 'vi', 'Đông Nam Bộ'],
		[{ nameVi: 'Đông Nam Bộ', nameEn: 'Southeast' }, 'en', 'Southeast'],
		[{ titleVi: 'Phụ lục', titleEn: 'Appendix' }, 'vi', 'Phụ lục'],
		[{ titleVi: 'Phụ lục', titleEn: 'Appendix' }, 'en', 'Appendix']
	] as const)('dataLabel(%o, %s) is %s', (item, locale, expected) => {
		expect(dataLabel(item, locale)).toBe(expected);
	});

	it('has no label for no item', () => {
		expect(dataLabel(undefined, 'vi')).toBeUndefined();
		expect(dataLabel(null, 'en')).toBeUndefined();
	});

	it.each([
		['period', 'vi', 'Đến 20/08/2019'],
		['period', 'en', 'To 20/08/2019'],
		['dataset', 'vi', 'Phụ lục 3040'],
		['dataset', 'en', 'Appendix 3040']
	] as const)('fieldLabel(release, %s, %s) is %s', (field, locale, expected) => {
		const release = { periodVi: 'Đến 20/08/2019', periodEn: 'To 20/08/2019', datasetVi: 'Phụ lục 3040', datasetEn: 'Appendix 3040', units: 63 };
		expect(fieldLabel(release, field, locale)).toBe(expected);
	});

	it('writes the decimal mark and the language query of each language', () => {
		expect([decimalMark('vi'), decimalMark('en')]).toEqual([',', '.']);
		expect([langQuery('vi'), langQuery('en')]).toEqual(['', '?lang=en']);
	});
});
