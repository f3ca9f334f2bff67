/** A unit page's section on its receiving offices (from an imported raw dossier log). */
export const office = {
	title: 'Các đơn vị tiếp nhận của {unit}',
	noList:
		'Không có danh mục đơn vị tiếp nhận (BHXH huyện, BHXH cơ sở) toàn quốc: tên đơn vị ghi đúng như trong nhật ký hồ sơ đã nhập, và xếp hạng theo cùng quy tắc với các tỉnh (tỷ lệ chính xác, bằng nhau thì cùng hạng).',
	period: 'Kỳ {period}',
	change: 'so với {period}',
	stt: 'STT',
	office: 'Đơn vị tiếp nhận',
	electronic: 'Điện tử',
	total: 'Tổng số',
	rate: 'Tỷ lệ',
	rank: 'Hạng',
	delta: 'Thay đổi (điểm)',
	move: 'Thay đổi hạng',
	sum: 'Cộng (cả tỉnh)',
	word: 'Phụ lục các đơn vị (Word)',
	excel: 'Phụ lục các đơn vị (Excel)',
	none: 'Nhật ký hồ sơ đã nhập không có số liệu của đơn vị tiếp nhận nào cho kỳ này.'
} as const;
