/** The overview's change columns (against the previous published period and the first of the year). */
export const change = {
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
	flagFell5: 'Giảm ≥ 5 bậc',
	flagBelowTarget3: 'Dưới mục tiêu 3 kỳ liền',
	flagLowest5: '5 đơn vị thấp nhất',
	periodLoading: 'Đang tải kỳ đã chọn vào DuckDB trong trình duyệt…',
	dataset: 'Bộ số liệu'
} as const;
