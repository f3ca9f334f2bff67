import type { Locale } from '../../base/locale';

export type Severity = 'error' | 'warning';

export type FindingCode =
	| 'electronicExceedsTotal'
	| 'negativeCount'
	| 'nonIntegerCount'
	| 'notANumber'
	| 'missingValue'
	| 'unknownProvince'
	| 'ambiguousProvince'
	| 'codeNameMismatch'
	| 'duplicateUnit'
	| 'unknownPeriod'
	| 'unknownIndicator'
	| 'statedRateDiffers'
	| 'badStatedRate'
	| 'missingProvinces'
	| 'totalRow'
	| 'totalRowDiffers'
	| 'textRow'
	| 'repeatedHeader';

/**
 * One thing found in the input, named the way a person fixes it. `row` is the line of a text file or the
 * row of a worksheet (null for a finding about the whole period); `reason` is in English (CLI, tests);
 * describeFinding gives it in the page's language.
 */
export interface Finding {
	row: number | null;
	column: string | null;
	value: string | null;
	severity: Severity;
	code: FindingCode;
	params: Record<string, string | number>;
	reason: string;
}

export function finding(
	code: FindingCode,
	severity: Severity,
	at: { row: number | null; column: string | null; value: string | null },
	params: Record<string, string | number> = {}
): Finding {
	return { ...at, severity, code, params, reason: describeFinding({ code, params }, 'en') };
}

export function describeFinding(f: Pick<Finding, 'code' | 'params'>, locale: Locale): string {
	const p = f.params;
	const vi = locale === 'vi';
	switch (f.code) {
		case 'electronicExceedsTotal':
			return vi ? `số hồ sơ điện tử lớn hơn tổng số (${p.total})` : `electronic exceeds total (${p.total})`;
		case 'negativeCount':
			return vi ? 'số hồ sơ âm' : 'negative count';
		case 'nonIntegerCount':
			return vi ? 'số hồ sơ phải là số nguyên' : 'a count must be a whole number';
		case 'notANumber':
			return vi ? `không đọc được số (kiểu số ${p.style})` : `not a number (number style ${p.style})`;
		case 'missingValue':
			return vi ? 'thiếu giá trị' : 'missing value';
		case 'unknownProvince':
			return p.suggestions
				? vi ? `không nhận ra tỉnh/đơn vị; có phải: ${p.suggestions}?` : `unknown province or unit; did you mean: ${p.suggestions}?`
				: vi ? 'không nhận ra tỉnh/đơn vị' : 'unknown province or unit';
		case 'ambiguousProvince':
			return vi ? `tên khớp nhiều đơn vị: ${p.suggestions}` : `name matches several units: ${p.suggestions}`;
		case 'codeNameMismatch':
			return vi ? `mã tỉnh là ${p.unit} nhưng tên là ${p.named}` : `the code is ${p.unit} but the name is ${p.named}`;
		case 'duplicateUnit':
			return vi
				? `trùng đơn vị ${p.unit} cho cùng kỳ và chỉ tiêu (đã có ở dòng ${p.firstRow})`
				: `duplicate unit ${p.unit} for the same period and indicator (first at row ${p.firstRow})`;
		case 'unknownPeriod':
			return vi ? 'không phải kỳ báo cáo (năm, quý, tháng hoặc ngày)' : 'not a period (year, quarter, month or date)';
		case 'unknownIndicator':
			return vi ? 'không nhận ra chỉ tiêu' : 'unknown indicator';
		case 'statedRateDiffers':
			return vi
				? `tỷ lệ ghi trong tệp khác tỷ lệ tính từ số liệu (${p.computed}%) quá 0,01 điểm`
				: `stated rate differs from electronic/total (${p.computed}%) by more than 0.01 point`;
		case 'badStatedRate':
			return vi ? 'không đọc được tỷ lệ ghi trong tệp; bỏ qua tỷ lệ này' : 'stated rate is not a number; ignored';
		case 'missingProvinces':
			return vi
				? `kỳ ${p.period}, chỉ tiêu ${p.indicator}: thiếu ${p.count} đơn vị: ${p.names}`
				: `period ${p.period}, indicator ${p.indicator}: ${p.count} units missing: ${p.names}`;
		case 'totalRow':
			return vi ? 'dòng tổng cộng: để riêng, không nhập' : 'total row: set aside, not imported';
		case 'totalRowDiffers':
			return vi
				? `dòng tổng cộng khác tổng các dòng đã nhập (${p.electronic} / ${p.total})`
				: `the total row differs from the sum of the imported rows (${p.electronic} / ${p.total})`;
		case 'textRow':
			return vi ? 'dòng không có số liệu (ghi chú, tiêu đề phụ): để riêng' : 'row without figures (note or subtitle): set aside';
		case 'repeatedHeader':
			return vi ? 'dòng tiêu đề lặp lại: để riêng' : 'repeated header row: set aside';
	}
}
