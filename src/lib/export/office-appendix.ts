import type { Indicator } from '../geo/types';
import { rankOffices, type OfficeCounts } from '../metrics/office-ranking';
import type { RankOrder } from '../metrics/rank';
import { rateHundredths, sumCounts } from '../base/rate';
import { letterDate, letterNumber, type LetterSettings, type ReportModel } from './report-model';

export interface OfficeAppendixInput {
	/** The province or unit as printed ("BHXH tỉnh Khánh Hòa"). */
	unitName: string;
	unitSet: 63 | 34;
	offices: readonly OfficeCounts[];
	indicator: Indicator;
	periodText: string;
	/** The raw log the counts come from. */
	source: string;
	order: RankOrder;
	letter: LetterSettings;
}

/**
 * A province's own appendix of its receiving offices, as the same ReportModel the national appendix
 * uses, so that appendixDocx and reportXlsx print it unchanged (src/lib/export). Offices are ranked
 * with the province rules and named as the log names them: no national list of offices exists.
 */
export function officeAppendixModel(input: OfficeAppendixInput): ReportModel {
	const ranking = rankOffices(input.offices, input.order);
	const national = sumCounts(input.offices);
	const withRate = ranking.filter((r) => r.rate !== null).length;
	const { letter } = input;
	return {
		title: `${input.indicator.labelVi.toLocaleUpperCase('vi')} — CÁC ĐƠN VỊ TIẾP NHẬN CỦA ${input.unitName.toLocaleUpperCase('vi')}`,
		attachmentLine: `(Kèm theo Công văn số ${letterNumber(letter.number)} ${letterDate(letter.dateIso)} của ${letter.issuerShort})`,
		unitSet: input.unitSet,
		order: input.order,
		rows: ranking.map((r) => ({ stt: r.position, code: r.office, unit: r.office, electronic: r.electronic, total: r.total, rateHundredths: r.rateHundredths, below: false })),
		national: { ...national, rateHundredths: rateHundredths(national) },
		targetHundredths: null,
		highlightBelow: false,
		meetingTarget: null,
		unitsWithRate: withRate,
		sourceLine:
			`Nguồn số liệu: ${input.source}; số liệu ${input.periodText.toLocaleLowerCase('vi')}. ` +
			'Tên đơn vị tiếp nhận ghi theo nhật ký hồ sơ (không có danh mục đơn vị tiếp nhận toàn quốc); dòng "Tổng cộng" là tổng của tỉnh.',
		indicator: input.indicator,
		periodText: input.periodText,
		letter
	};
}
