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
	| 'repeatedHeader'
	| 'cellTooLong'
	| 'extraCells'
	| 'beyondExactIntegers'
	| 'codeEmptyNamed'
	| 'signatureBlock';

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
		case 'cellTooLong':
			return vi ? `ô dài ${p.length} ký tự, quá giới hạn ${p.limit}: loại cả dòng` : `a cell of ${p.length} characters, over the limit of ${p.limit}: row rejected`;
		case 'extraCells':
			return vi
				? `dòng có ô ngoài ${p.width} cột của tiêu đề (dấu phân cách trong một giá trị, hay dòng bị lệch?)`
				: `the row has cells beyond the header's ${p.width} columns (a delimiter inside a value, or a shifted row?)`;
		case 'beyondExactIntegers':
			return vi ? 'số quá lớn để tính chính xác (vượt 2^53)' : 'a number too large to count exactly (beyond 2^53)';
		case 'codeEmptyNamed':
			return vi ? `mã trống; đơn vị nhận theo tên: ${p.unit}` : `code empty; unit taken from its name: ${p.unit}`;
		case 'signatureBlock':
			return vi ? 'sau bảng, không có số liệu (chữ ký, ngày tháng, ghi chú): để riêng' : 'after the table, without figures (signature, date line or note): set aside';
	}
}
