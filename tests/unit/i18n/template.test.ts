import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/lib/i18n/t';
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

describe('translate (dataset messages)', () => {
	it('fills the id of a dataset missing from this browser, in both languages', () => {
		expect(translate('vi')('dataset.notFound', { id: 'imp-x' })).toContain('«imp-x»');
		expect(translate('en')('dataset.notFound', { id: 'imp-x' })).toContain('“imp-x”');
		expect(translate('vi')('dataset.importedGroup')).toBe('Đã nhập trong trình duyệt này');
		expect(translate('en')('dataset.retry')).toBe('Try again');
	});
});
