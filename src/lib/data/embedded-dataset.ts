import { rateHundredths } from '../base/rate';
import { readCsvRecords } from '../base/csv-records';
import { DataFileError } from '../base/data-file-error';
import type { Dataset, DatasetInfo, Observation } from './observation';
import { parsePeriod } from '../base/period';
import { parseReference, type Reference, type ReferenceTexts } from '../geo/reference';

export const APPENDIX_3040: DatasetInfo & { file: string } = {
	id: 'cv3040-2019',
	file: 'data/bhxh-3040-2019.csv',
	titleVi: 'Tỷ lệ giao dịch điện tử BHXH lĩnh vực thực hiện chính sách BHXH',
	titleEn: 'E-transaction rate of social insurance, benefits field',
	source: 'Phụ lục Công văn số 3040/BHXH-CNTT ngày 20/08/2019 của BHXH Việt Nam',
	nature: 'real',
	unitSet: 63
};

const COUNT = /^\d+$/;
const STATED = /^\d+(\.\d+)?$/;

/**
 * Parses a long-format dataset (province_code, period, indicator, electronic, total; optionally
 * stated_rate and source_name) — the form of the shipped files — and refuses any malformed row with file, line, column and value: a shipped file
 * with a bad row must fail the build, not show a wrong table.
 */
export function parseShippedDataset(
	info: DatasetInfo & { file: string },
	text: string,
	known: { unitCodes: ReadonlySet<string>; indicators: ReadonlySet<string> }
): Dataset {
	const file = info.file;
	const records = readCsvRecords(file, text, ['province_code', 'period', 'indicator', 'electronic', 'total']);
	const seen = new Set<string>();
	const observations = records.map((r): Observation => {
		const unitCode = r.get('province_code');
		if (!known.unitCodes.has(unitCode)) throw new DataFileError(file, r.line, 'unknown unit code', 'province_code', unitCode);
		const period = r.get('period');
		if (!parsePeriod(period)) throw new DataFileError(file, r.line, 'not a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD)', 'period', period);
		const indicator = r.get('indicator');
		if (!known.indicators.has(indicator)) throw new DataFileError(file, r.line, 'unknown indicator', 'indicator', indicator);
		const counts: Record<'electronic' | 'total', number> = { electronic: 0, total: 0 };
		for (const column of ['electronic', 'total'] as const) {
			const raw = r.get(column);
			if (!COUNT.test(raw)) throw new DataFileError(file, r.line, 'a count is a whole number ≥ 0', column, raw);
			counts[column] = Number(raw);
		}
		if (counts.electronic > counts.total) {
			throw new DataFileError(file, r.line, `electronic exceeds total (${counts.total})`, 'electronic', String(counts.electronic));
		}
		const statedRaw = r.has('stated_rate') ? r.get('stated_rate') : '';
		let statedRate: number | null = null;
		if (statedRaw !== '') {
			if (!STATED.test(statedRaw)) throw new DataFileError(file, r.line, 'a stated rate is a percentage like 0.22', 'stated_rate', statedRaw);
			statedRate = Number(statedRaw);
			const computed = rateHundredths(counts);
			if (computed !== null && Math.abs(computed - Math.round(statedRate * 100)) > 1) {
				throw new DataFileError(file, r.line, `stated rate differs from electronic/total (${computed / 100})`, 'stated_rate', statedRaw);
			}
		}
		const key = `${unitCode}|${period}|${indicator}`;
		if (seen.has(key)) throw new DataFileError(file, r.line, 'duplicate unit for this period and indicator', 'province_code', unitCode);
		seen.add(key);
		return { unitCode, period, indicator, ...counts, statedRate, sourceName: (r.has('source_name') && r.get('source_name')) || null };
	});
	const { file: _file, ...datasetInfo } = info;
	return { info: datasetInfo, observations };
}

/** Everything the app ships: reference lists and the 2019 appendix, parsed and checked. */
export interface Embedded {
	reference: Reference;
	appendix: Dataset;
}

export function parseEmbedded(texts: ReferenceTexts & { appendix: string }): Embedded {
	const reference = parseReference(texts);
	const appendix = parseShippedDataset(APPENDIX_3040, texts.appendix, {
		unitCodes: new Set(reference.provinces.map((p) => p.code)),
		indicators: new Set(reference.indicators.map((i) => i.id))
	});
	return { reference, appendix };
}
