import { defineStrings } from './strings';

// The overview's change columns (against the previous published period and the first of the year).
const vi = {
	title: 'Thay đổi so với kỳ trước',
	caption: 'Thay đổi tỷ lệ và thứ hạng của các đơn vị, {period}',
	vsPrevious: 'So với {period}',
	vsYearStart: 'So với đầu năm ({period})',
	none: 'Chưa có kỳ trước để so sánh.',
	improved: 'Đơn vị cải thiện',
	declined: 'Đơn vị giảm',
	unchanged: 'Không đổi',
	unit: 'Đơn vị',
	rate: 'Tỷ lệ',
	rank: 'Hạng',
	delta: 'Thay đổi (điểm %)',
	rankChange: 'Thay đổi hạng',
	flags: 'Cờ',
	rules: 'Quy tắc gắn cờ: giảm từ 5 bậc trở lên so với kỳ trước; dưới mục tiêu ở cả 3 kỳ gần nhất; nằm trong 5 đơn vị thấp nhất (tỷ lệ bằng nhau cùng thứ hạng). Hạng đếm từ cao xuống: hạng 1 là tỷ lệ cao nhất; ▲3 là lên 3 bậc.',
	'flag.fell5': 'Giảm ≥ 5 bậc',
	'flag.belowTarget3': 'Dưới mục tiêu 3 kỳ liền',
	'flag.lowest5': '5 đơn vị thấp nhất'
};

const en: Record<keyof typeof vi, string> = {
	title: 'Change since the previous period',
	caption: 'Change of rate and rank by unit, {period}',
	vsPrevious: 'Against {period}',
	vsYearStart: 'Against the start of the year ({period})',
	none: 'No earlier period to compare with yet.',
	improved: 'Units improved',
	declined: 'Units declined',
	unchanged: 'Unchanged',
	unit: 'Unit',
	rate: 'Rate',
	rank: 'Rank',
	delta: 'Change (points)',
	rankChange: 'Rank change',
	flags: 'Flags',
	rules: 'Flag rules: fell 5 places or more since the previous period; below target in each of the last 3 periods; among the 5 lowest (ties share a place). Rank counts from the top: rank 1 is the highest rate; ▲3 means up 3 places.',
	'flag.fell5': 'Fell ≥ 5 places',
	'flag.belowTarget3': 'Below target 3 periods running',
	'flag.lowest5': 'Among the 5 lowest'
};

export const changeTranslator = defineStrings(vi, en);
