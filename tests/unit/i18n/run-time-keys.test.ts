// Messages whose key is made at run time (a finding's code, an import error's code, an ambiguity's kind):
// every code the data can carry has its text in both languages, and messageIn fails loudly on one it lacks.
import { describe, expect, it } from 'vitest';
import { messageIn } from '../../../src/lib/i18n/t';
import { describeFinding, type FindingCode } from '../../../src/lib/data/import/findings';
import { describeImportError, type ImportErrorCode } from '../../../src/lib/data/import/errors';

const FINDINGS: FindingCode[] = [
	'electronicExceedsTotal', 'negativeCount', 'nonIntegerCount', 'notANumber', 'missingValue', 'unknownProvince', 'ambiguousProvince',
	'codeNameMismatch', 'duplicateUnit', 'unknownPeriod', 'unknownIndicator', 'statedRateDiffers', 'badStatedRate', 'missingProvinces',
	'totalRow', 'totalRowDiffers', 'textRow', 'repeatedHeader', 'cellTooLong', 'extraCells', 'beyondExactIntegers', 'codeEmptyNamed', 'signatureBlock'
];
const ERRORS: ImportErrorCode[] = ['empty', 'binary', 'tooLarge', 'tooManyColumns', 'noHeader', 'badWorkbook', 'unsupported', 'notWorkbook', 'legacyEncoding', 'workbookTooLarge'];
const AMBIGUITIES = ['lineEndings', 'mixedDelimiters', 'dataBeforeHeader', 'secondHeader', 'rowNumbersAsCounts', 'roleChange', 'columnRuns', 'spacedColumns'];

describe('run-time message keys', () => {
	it.each(FINDINGS)('finding %s reads in both languages, differently', (code) => {
		const [vi, en] = (['vi', 'en'] as const).map((l) => describeFinding({ code, params: {} }, l));
		expect(vi).not.toBe('');
		expect(vi).not.toBe(en);
	});

	it.each(ERRORS)('import error %s reads in both languages, differently', (code) => {
		const [vi, en] = (['vi', 'en'] as const).map((l) => describeImportError(code, {}, l));
		expect(vi).not.toBe(en);
	});

	it.each(AMBIGUITIES)('ambiguity %s names the line and says nothing was imported', (kind) => {
		expect(describeImportError('ambiguous', { kind, line: 7 }, 'vi')).toMatch(/^Dòng 7: .+ Tệp chưa được nhập/);
		expect(describeImportError('ambiguous', { kind, line: 7 }, 'en')).toMatch(/^Line 7: .+ Nothing was imported/);
	});

	it('cases of one code: suggestions, the kind of a ZIP, delimiters by name, the file first', () => {
		expect(describeFinding({ code: 'unknownProvince', params: { suggestions: 'Hà Nội (01)' } }, 'en')).toBe('unknown province or unit; did you mean: Hà Nội (01)?');
		expect(describeImportError('notWorkbook', { kind: 'docx' }, 'vi')).toContain('; có vẻ là tệp docx.');
		expect(describeImportError('ambiguous', { kind: 'mixedDelimiters', found: ';', main: ',' }, 'vi')).toContain('dùng dấu chấm phẩy (;) trong khi tệp dùng dấu phẩy (,)');
		expect(describeImportError('tooLarge', { bytes: 21 * 1024 * 1024, limit: 20 * 1024 * 1024, file: 'a.csv' }, 'en')).toBe(
			'a.csv: The file is 21 MB, over the 20 MB limit of the table import. For large raw dossier logs use "Raw dossier logs".'
		);
	});

	it('fails on a key the catalogue lacks, instead of showing nothing', () => {
		expect(() => messageIn('vi', 'finding.noSuchCode')).toThrow(/no message "finding.noSuchCode"/);
	});
});
