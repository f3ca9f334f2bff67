import type { Indicator, Province } from '../geo/types';
import { officeName } from '../geo/names';
import { formatCount, formatLetterDate, formatPercentHundredths } from '../i18n/format';
import type { RankOrder } from '../metrics/rank';
import { buildRanking, type UnitCounts } from '../metrics/ranking';
import { rateHundredths, sumCounts } from '../base/rate';
import { summarise } from '../metrics/summary';

/** What the person preparing the letter types in; everything else comes from the data. */
export interface LetterSettings {
	/** "3040/BHXH-CNTT"; empty leaves dots for the clerk to fill in. */
	number: string;
	/** ISO date of the letter, or null to leave "ngày … tháng … năm …" blank. */
	dateIso: string | null;
	/** The body above the issuer (cơ quan chủ quản), upper case, not bold; empty for BHXH Việt Nam itself. */
	parentBody: string;
	/** The issuing body, upper case in the header: "BẢO HIỂM XÃ HỘI VIỆT NAM". */
	issuer: string;
	/** How the appendix line and the body name the issuer: "BHXH Việt Nam". */
	issuerShort: string;
	/** Place in the dateline: "Hà Nội". */
	place: string;
	/** Kính gửi … */
	recipient: string;
	signerTitle: string;
	signerName: string;
}

export const DEFAULT_LETTER: LetterSettings = {
	number: '',
	dateIso: null,
	parentBody: '',
	issuer: 'BẢO HIỂM XÃ HỘI VIỆT NAM',
	issuerShort: 'BHXH Việt Nam',
	place: 'Hà Nội',
	recipient: 'Bảo hiểm xã hội các tỉnh, thành phố trực thuộc Trung ương',
	signerTitle: 'KT. TỔNG GIÁM ĐỐC\nPHÓ TỔNG GIÁM ĐỐC',
	signerName: ''
};

export interface ReportRow {
	stt: number;
	code: string;
	unit: string;
	electronic: number;
	total: number;
	/** Hundredths of a percent as printed (22 → 0,22%); null when the unit has no dossiers. */
	rateHundredths: number | null;
	/** Below the target (only when highlighting is asked for and the unit has a rate). */
	below: boolean;
}

export interface ReportInput {
	counts: readonly UnitCounts[];
	units: readonly Province[];
	unitSet: 63 | 34;
	indicator: Indicator;
	/** The period id ("2019-08-20") and how it is written ("Đến 20/08/2019"). */
	period: string;
	periodText: string;
	/** Citation of the figures. */
	source: string;
	order: RankOrder;
	/** Target in hundredths of a percent; rows below it are marked when `highlightBelow`. */
	targetHundredths: number | null;
	highlightBelow: boolean;
	letter: LetterSettings;
}

/** Everything a document needs, already in Vietnamese formats: the Word, Excel, CSV and preview all print this. */
export interface ReportModel {
	title: string;
	/** "(Kèm theo Công văn số 3040/BHXH-CNTT ngày 20 tháng 08 năm 2019 của BHXH Việt Nam)" */
	attachmentLine: string;
	unitSet: 63 | 34;
	order: RankOrder;
	rows: ReportRow[];
	national: { electronic: number; total: number; rateHundredths: number | null };
	targetHundredths: number | null;
	highlightBelow: boolean;
	meetingTarget: number | null;
	unitsWithRate: number;
	/** "Nguồn số liệu: …; số liệu đến 20/08/2019." */
	sourceLine: string;
	indicator: Indicator;
	periodText: string;
	letter: LetterSettings;
}

export const HEADERS = {
	stt: 'STT',
	unit: 'Đơn vị',
	dossiers: 'Hồ sơ',
	electronic: 'Giao dịch điện tử',
	total: 'Tổng số',
	rate: 'Tỷ lệ',
	grandTotal: 'Tổng cộng'
} as const;

/** "ngày 20 tháng 08 năm 2019", or dots to fill in by hand. */
export function letterDate(dateIso: string | null): string {
	return dateIso ? formatLetterDate(dateIso) : 'ngày      tháng      năm';
}

export function letterNumber(number: string): string {
	return number.trim() || '        /BHXH-……';
}

export function buildReport(input: ReportInput): ReportModel {
	const ranking = buildRanking(input.counts, input.units, input.order, input.targetHundredths);
	const byCode = new Map(input.units.map((u) => [u.code, u]));
	const summary = summarise(ranking, input.targetHundredths);
	const national = sumCounts(ranking);
	const { letter } = input;
	return {
		title: input.indicator.labelVi.toLocaleUpperCase('vi'),
		attachmentLine: `(Kèm theo Công văn số ${letterNumber(letter.number)} ${letterDate(letter.dateIso)} của ${letter.issuerShort})`,
		unitSet: input.unitSet,
		order: input.order,
		rows: ranking.map((r) => ({
			stt: r.position,
			code: r.code,
			unit: officeName(byCode.get(r.code)!),
			electronic: r.electronic,
			total: r.total,
			rateHundredths: r.rateHundredths,
			below: input.highlightBelow && r.meetsTarget === false
		})),
		national: { ...national, rateHundredths: rateHundredths(national) },
		targetHundredths: input.targetHundredths,
		highlightBelow: input.highlightBelow && input.targetHundredths !== null,
		meetingTarget: summary.meetingTarget,
		unitsWithRate: summary.unitsWithRate,
		sourceLine: `Nguồn số liệu: ${input.source}; số liệu ${input.periodText.toLocaleLowerCase('vi')}.${
			input.unitSet === 34 ? ' Số liệu của 63 tỉnh được cộng gộp theo 34 đơn vị hành chính từ ngày 01/7/2025 (Nghị quyết 202/2025/QH15).' : ''
		}`,
		indicator: input.indicator,
		periodText: input.periodText,
		letter
	};
}

/** The printed cells of a row, Vietnamese formats: what the Word table, the CSV and the preview show. */
export function rowTexts(row: Pick<ReportRow, 'electronic' | 'total' | 'rateHundredths'>): { electronic: string; total: string; rate: string } {
	return {
		electronic: formatCount(row.electronic),
		total: formatCount(row.total),
		rate: row.rateHundredths === null ? '—' : formatPercentHundredths(row.rateHundredths)
	};
}
