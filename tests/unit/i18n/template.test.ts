import { describe, expect, it } from 'vitest';
import { datasetTranslator } from '../../../src/lib/i18n/dataset-strings';
import { fillTemplate } from '../../../src/lib/i18n/template';

describe('fillTemplate', () => {
	it.each([
		['no placeholder', {}, 'no placeholder'],
		['«{name}» từ {source}', { name: 'Ba tỉnh', source: 'a.csv' }, '«Ba tỉnh» từ a.csv'],
		['{n} kỳ', { n: 3 }, '3 kỳ'],
		['{id} and {id}', { id: 'imp-1' }, 'imp-1 and imp-1'],
		['{unknown} stays', { name: 'x' }, '{unknown} stays'],
		['<b>{name}</b>', { name: '<i>' }, '<b><i></b>'],
		['{name}', { name: '{source}', source: 'no second pass' }, '{source}']
	])('%s', (text, values, expected) => {
		expect(fillTemplate(text, values)).toBe(expected);
	});
});

describe('datasetTranslator', () => {
	it('fills the id of a dataset missing from this browser, in both languages', () => {
		expect(datasetTranslator('vi')('notFound', { id: 'imp-x' })).toContain('«imp-x»');
		expect(datasetTranslator('en')('notFound', { id: 'imp-x' })).toContain('“imp-x”');
		expect(datasetTranslator('vi')('importedGroup')).toBe('Đã nhập trong trình duyệt này');
		expect(datasetTranslator('en')('retry')).toBe('Try again');
	});
});
