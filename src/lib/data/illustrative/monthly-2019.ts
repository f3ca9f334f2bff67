import type { DatasetInfo, Observation } from '../observation';
import { seededRandom } from '../seeded-random';

/**
 * "Dữ liệu minh họa": an invented monthly series, January to September 2019, for the benefits and the
 * participation field of every province, made from the 2019 appendix so that the figures look like the
 * real ones in size. No real monthly series is public; these figures are NOT real and must never be
 * shown beside real data.
 *
 * The method (documented in data/README.md):
 * - Monthly dossiers (benefits): the appendix total spread over the 7,65 months from 01/01 to
 *   20/08/2019, times a random factor in [0,9; 1,1] per month.
 * - Benefits rate: a line through the appendix rate at 20/08/2019 (month 8,65) with a random slope of
 *   0,2 to 4,5 points a month, plus noise of ±1 point, clamped to [0; 99,8%]. One province in eight
 *   stalls (slope 0 to 0,3 points).
 * - Participation rate: a level drawn in [55%; 97%] (never below the appendix benefits rate minus
 *   2 points), rising 0 to 0,8 points a month, noise ±0,5 points; monthly dossiers 0,8 to 1,6 times
 *   those of the benefits field.
 * - electronic = round(rate × total). Seed 20190820; provinces in code order.
 * The last period, 2019-09, is invented too: it is not the appendix.
 */
export const ILLUSTRATIVE_2019: DatasetInfo & { file: string } = {
	id: 'illustrative-2019-monthly',
	file: 'data/illustrative-2019-monthly.csv',
	titleVi: 'Dữ liệu minh họa: tỷ lệ giao dịch điện tử theo tháng, 01–09/2019',
	titleEn: 'Illustrative data: monthly e-transaction rates, 01–09/2019',
	source: 'Dữ liệu minh họa, sinh từ phụ lục Công văn 3040/BHXH-CNTT bằng scripts/generate-illustrative.ts (seed 20190820) — không phải số liệu thật',
	nature: 'illustrative',
	unitSet: 63
};

export const ILLUSTRATIVE_SEED = 20190820;
export const ILLUSTRATIVE_MONTHS = ['2019-01', '2019-02', '2019-03', '2019-04', '2019-05', '2019-06', '2019-07', '2019-08', '2019-09'];
const APPENDIX_MONTH = 7 + 20 / 31; // 20/08/2019 as months since 01/01/2019
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export interface AppendixFigure {
	unitCode: string;
	electronic: number;
	total: number;
}

export function generateIllustrative2019(appendix: readonly AppendixFigure[], seed = ILLUSTRATIVE_SEED): Observation[] {
	const random = seededRandom(seed);
	const between = (lo: number, hi: number) => lo + (hi - lo) * random();
	const rows: Observation[] = [];
	const push = (unitCode: string, period: string, indicator: string, rate: number, total: number) =>
		rows.push({ unitCode, period, indicator, electronic: Math.round(rate * total), total, statedRate: null, sourceName: null });
	for (const figure of [...appendix].sort((a, b) => (a.unitCode < b.unitCode ? -1 : 1))) {
		const anchor = figure.total > 0 ? figure.electronic / figure.total : 0;
		const monthly = figure.total / APPENDIX_MONTH;
		const stalls = random() < 0.125;
		const slope = stalls ? between(0, 0.003) : between(0.002, 0.045);
		const level = Math.max(between(0.55, 0.97), anchor - 0.02);
		const participationSlope = between(0, 0.008);
		const participationScale = between(0.8, 1.6);
		ILLUSTRATIVE_MONTHS.forEach((period, i) => {
			const month = i + 0.5; // middle of the month
			const benefitsTotal = Math.round(monthly * between(0.9, 1.1));
			const benefitsRate = clamp(anchor + slope * (month - APPENDIX_MONTH) + between(-0.01, 0.01), 0, 0.998);
			push(figure.unitCode, period, 'benefits_e_dossiers', benefitsRate, benefitsTotal);
			const participationTotal = Math.round(monthly * participationScale * between(0.9, 1.1));
			const participationRate = clamp(level + participationSlope * (month - APPENDIX_MONTH) + between(-0.005, 0.005), 0, 0.998);
			push(figure.unitCode, period, 'participation_e_dossiers', participationRate, participationTotal);
		});
	}
	return rows.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.unitCode.localeCompare(b.unitCode) || a.period.localeCompare(b.period));
}

/** The CSV shipped in data/: the long format every dataset file uses. */
export function illustrativeCsv(rows: readonly Observation[]): string {
	const lines = ['province_code,period,indicator,electronic,total'];
	for (const r of rows) lines.push(`${r.unitCode},${r.period},${r.indicator},${r.electronic},${r.total}`);
	return `${lines.join('\n')}\n`;
}
