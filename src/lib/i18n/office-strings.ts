import { defineStrings } from './strings';

// Strings of a unit page's section on its receiving offices (from an imported raw dossier log).
const vi = {
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
};

const en: typeof vi = {
	title: 'Receiving offices of {unit}',
	noList:
		'There is no national list of receiving offices (district or grassroots BHXH offices): offices are named exactly as in the imported dossier log, and ranked by the same rules as the provinces (exact rates; equal rates share a rank).',
	period: 'Period {period}',
	change: 'compared with {period}',
	stt: 'No.',
	office: 'Receiving office',
	electronic: 'Electronic',
	total: 'Total',
	rate: 'Rate',
	rank: 'Rank',
	delta: 'Change (points)',
	move: 'Rank change',
	sum: 'Sum (whole province)',
	word: 'Offices appendix (Word)',
	excel: 'Offices appendix (Excel)',
	none: 'The imported dossier log has no receiving-office figures for this period.'
};

export const officeTranslator = defineStrings<keyof typeof vi>(vi, en);
