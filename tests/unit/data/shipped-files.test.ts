import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { APPENDIX_3040, parseEmbedded } from '../../../src/lib/data/embedded-dataset';
import { REFERENCE_FILES } from '../../../src/lib/geo/reference';
import { errorOf, replaceLine } from '../fixtures/data-files';

const texts = {
	regions: readFileSync(REFERENCE_FILES.regions, 'utf8'),
	provinces63: readFileSync(REFERENCE_FILES.provinces63, 'utf8'),
	units34: readFileSync(REFERENCE_FILES.units34, 'utf8'),
	indicators: readFileSync(REFERENCE_FILES.indicators, 'utf8'),
	appendix: readFileSync(APPENDIX_3040.file, 'utf8')
};


describe('the shipped files', () => {
	it('parse into 6 regions, 63 provinces, 34 units, a full crosswalk and 63 appendix rows', () => {
		const { reference, appendix } = parseEmbedded(texts);
		expect(reference.regions).toHaveLength(6);
		expect(reference.provinces).toHaveLength(63);
		expect(reference.units34).toHaveLength(34);
		expect(reference.crosswalk.size).toBe(63);
		expect(appendix.observations).toHaveLength(63);
		const perRegion = reference.regions.map((r) => reference.provinces.filter((p) => p.region === r.code).length);
		expect(perRegion).toEqual([14, 11, 14, 5, 6, 13]);
	});
});

describe('a malformed row names file, line, column and value', () => {
	it.each([
		['appendix', 5, (l: string) => l.replace(',545,', ',5x5,'), APPENDIX_3040.file, 'electronic', '5x5', /whole number/],
		['appendix', 2, (l: string) => l.replace(',0,168121,', ',200000,168121,'), APPENDIX_3040.file, 'electronic', '200000', /exceeds total/],
		['appendix', 3, (l: string) => l.replace('0.22', '0.50'), APPENDIX_3040.file, 'stated_rate', '0.50', /differs/],
		['appendix', 4, (l: string) => l.replace(/^3,10,/, '3,99,'), APPENDIX_3040.file, 'province_code', '99', /unknown unit/],
		['appendix', 6, (l: string) => l.replace('2019-08-20', '2019-13-40'), APPENDIX_3040.file, 'period', '2019-13-40', /not a period/],
		['appendix', 7, (l: string) => l.replace(/^6,02,/, '6,01,'), APPENDIX_3040.file, 'province_code', '01', /duplicate/],
		['provinces63', 3, (l: string) => l.replace('TDMNPB', 'NOWHERE'), REFERENCE_FILES.provinces63, 'region', 'NOWHERE', /unknown region/],
		['provinces63', 4, (l: string) => l.replace(/^04/, '4'), REFERENCE_FILES.provinces63, 'code', '4', /two digits/],
		['units34', 8, (l: string) => l.replace('10 15', '10 15 02'), REFERENCE_FILES.units34, 'old_codes', '02', /already merged/]
	] as const)('%s line %i', (file, line, edit, path, column, value, reason) => {
		const broken = { ...texts, [file]: replaceLine(texts[file], line, edit) };
		const error = errorOf(() => parseEmbedded(broken));
		expect(error.file).toBe(path);
		expect(error.line).toBe(line);
		expect(error.column).toBe(column);
		expect(error.value).toBe(value);
		expect(error.reason).toMatch(reason);
		expect(error.message).toContain(`${path}, line ${line}, column ${column}`);
	});

	it('a row with a missing field', () => {
		const error = errorOf(() => parseEmbedded({ ...texts, regions: replaceLine(texts.regions, 3, () => 'DBSH,Đồng bằng sông Hồng') }));
		expect(error.message).toBe('data/regions.csv, line 3: expected 3 fields, found 2');
	});
});
