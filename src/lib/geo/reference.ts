import { readCsvRecords, type CsvRecord } from '../base/csv-records';
import { DataFileError } from '../base/data-file-error';
import type { Indicator, MergedUnit, Province, Region } from './types';

/** The texts of the shipped reference files; each runtime reads them its own way (Vite ?raw, fs). */
export interface ReferenceTexts {
	regions: string;
	provinces63: string;
	units34: string;
	indicators: string;
}

export interface Reference {
	regions: Region[];
	provinces: Province[];
	units34: MergedUnit[];
	indicators: Indicator[];
	/** Old (63) code → new (34) code. */
	crosswalk: Map<string, string>;
}

export const REFERENCE_FILES = {
	regions: 'data/regions.csv',
	provinces63: 'data/provinces-63.csv',
	units34: 'data/units-34.csv',
	indicators: 'data/indicators.csv'
} as const;

const CODE = /^\d{2}$/;

function code(file: string, r: CsvRecord, column: string): string {
	const value = r.get(column);
	if (!CODE.test(value)) throw new DataFileError(file, r.line, 'a unit code is two digits', column, value);
	return value;
}

function nonEmpty(file: string, r: CsvRecord, column: string): string {
	const value = r.get(column);
	if (!value) throw new DataFileError(file, r.line, 'must not be empty', column, value);
	return value;
}

function kind(file: string, r: CsvRecord): Province['kind'] {
	const value = r.get('kind');
	if (value !== 'Tỉnh' && value !== 'Thành phố') {
		throw new DataFileError(file, r.line, 'kind is "Tỉnh" or "Thành phố"', 'kind', value);
	}
	return value;
}

function variants(r: CsvRecord): string[] {
	return r
		.get('variants')
		.split('|')
		.map((v) => v.trim())
		.filter(Boolean);
}

function unique<T>(file: string, records: CsvRecord[], items: T[], keyOf: (t: T) => string, column: string): void {
	const seen = new Set<string>();
	items.forEach((item, i) => {
		const key = keyOf(item);
		if (seen.has(key)) throw new DataFileError(file, records[i].line, 'duplicate', column, key);
		seen.add(key);
	});
}

export function parseReference(texts: ReferenceTexts): Reference {
	const F = REFERENCE_FILES;
	const regionRecords = readCsvRecords(F.regions, texts.regions, ['code', 'name_vi', 'name_en']);
	const regions = regionRecords.map((r) => ({
		code: nonEmpty(F.regions, r, 'code'),
		nameVi: nonEmpty(F.regions, r, 'name_vi'),
		nameEn: nonEmpty(F.regions, r, 'name_en')
	}));
	unique(F.regions, regionRecords, regions, (x) => x.code, 'code');
	const regionCodes = new Set(regions.map((x) => x.code));

	const provinceRecords = readCsvRecords(F.provinces63, texts.provinces63, ['code', 'kind', 'name', 'region', 'variants']);
	const provinces = provinceRecords.map((r): Province => {
		const region = r.get('region');
		if (!regionCodes.has(region)) throw new DataFileError(F.provinces63, r.line, 'unknown region', 'region', region);
		return { code: code(F.provinces63, r, 'code'), kind: kind(F.provinces63, r), name: nonEmpty(F.provinces63, r, 'name'), region, variants: variants(r) };
	});
	unique(F.provinces63, provinceRecords, provinces, (x) => x.code, 'code');
	if (provinces.length !== 63) throw new DataFileError(F.provinces63, 1, `expected 63 provinces, found ${provinces.length}`);
	const oldCodes = new Set(provinces.map((p) => p.code));

	const unitRecords = readCsvRecords(F.units34, texts.units34, ['code', 'kind', 'name', 'old_codes', 'variants']);
	const crosswalk = new Map<string, string>();
	const units34 = unitRecords.map((r): MergedUnit => {
		const unitCode = code(F.units34, r, 'code');
		const parts = r.get('old_codes').split(/\s+/).filter(Boolean);
		if (parts.length === 0) throw new DataFileError(F.units34, r.line, 'a unit is formed of at least one old province', 'old_codes', '');
		for (const old of parts) {
			if (!oldCodes.has(old)) throw new DataFileError(F.units34, r.line, 'not a code of the 63 provinces', 'old_codes', old);
			if (crosswalk.has(old)) throw new DataFileError(F.units34, r.line, 'old province already merged into another unit', 'old_codes', old);
			crosswalk.set(old, unitCode);
		}
		return { code: unitCode, kind: kind(F.units34, r), name: nonEmpty(F.units34, r, 'name'), region: null, variants: variants(r), oldCodes: parts };
	});
	unique(F.units34, unitRecords, units34, (x) => x.code, 'code');
	if (units34.length !== 34) throw new DataFileError(F.units34, 1, `expected 34 units, found ${units34.length}`);
	const unmapped = [...oldCodes].filter((c) => !crosswalk.has(c));
	if (unmapped.length > 0) throw new DataFileError(F.units34, 1, `old provinces not in any unit: ${unmapped.join(', ')}`);

	const indicatorRecords = readCsvRecords(F.indicators, texts.indicators, ['id', 'label_vi', 'label_en', 'numerator_vi', 'denominator_vi', 'numerator_en', 'denominator_en']);
	const indicators = indicatorRecords.map((r) => ({
		id: nonEmpty(F.indicators, r, 'id'),
		labelVi: nonEmpty(F.indicators, r, 'label_vi'),
		labelEn: nonEmpty(F.indicators, r, 'label_en'),
		numeratorVi: nonEmpty(F.indicators, r, 'numerator_vi'),
		denominatorVi: nonEmpty(F.indicators, r, 'denominator_vi'),
		numeratorEn: nonEmpty(F.indicators, r, 'numerator_en'),
		denominatorEn: nonEmpty(F.indicators, r, 'denominator_en')
	}));
	unique(F.indicators, indicatorRecords, indicators, (x) => x.id, 'id');

	return { regions, provinces, units34, indicators, crosswalk };
}
