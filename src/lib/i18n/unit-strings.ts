import { defineStrings } from './strings';

/** Strings of the unit (province) page and the map page. */
const vi = {
	backToOverview: '← Tổng quan',
	openMap: 'Bản đồ',
	unitPageOf: 'Trang đơn vị',
	illustrative: 'Dữ liệu minh họa',
	rankNation: 'Xếp hạng toàn quốc',
	rankNationDetail: 'theo thứ tự phụ lục (thấp nhất trước)',
	bestFirstRank: 'Từ cao xuống: hạng',
	rankRegion: 'Xếp hạng trong vùng',
	rankRegionUnofficial: 'Xếp hạng trong nhóm vùng (không chính thức)',
	noRegion: 'Không thuộc vùng nào',
	rateLabel: 'Tỷ lệ của đơn vị',
	vsNation: 'So với toàn quốc',
	vsTarget: 'So với mục tiêu',
	points: 'điểm %',
	dossiersShort: 'cần thêm {n} hồ sơ điện tử (tổng số không đổi) để đạt',
	reached: 'đã đạt',
	percentile: 'Bách phân vị',
	percentileDetail: 'cao hơn {below} và bằng {tied} trong {others} đơn vị còn lại (hòa tính một nửa)',
	rankChange: 'Thay đổi thứ hạng',
	rankChangeUp: 'tăng {n} bậc',
	rankChangeDown: 'giảm {n} bậc',
	rankChangeSame: 'giữ nguyên',
	rankChangeDetail: 'xếp từ cao xuống, từ {from} đến {to}; tỷ lệ {points} điểm %',
	singlePeriod: 'Bộ dữ liệu chỉ có một kỳ: chưa có thay đổi thứ hạng và xu hướng.',
	trend: 'Diễn biến qua các kỳ',
	trendRankBest: 'Hạng (cao xuống)',
	trendPosition: 'STT phụ lục',
	peers: 'Các đơn vị cùng vùng',
	peersUnofficial: 'Các đơn vị cùng nhóm vùng (không chính thức)',
	noOfficialRegions34:
		'34 đơn vị hành chính từ 01/07/2025 chưa có danh sách vùng kinh tế - xã hội chính thức. Nhóm vùng ở đây là vùng của tỉnh cũ đặt trụ sở (cùng mã), chỉ để tham khảo.',
	locator: 'Vị trí trên bản đồ',
	composition: 'Gồm các tỉnh trước 01/07/2025',
	compositionNote: 'Tỷ lệ của đơn vị mới = tổng hồ sơ điện tử / tổng số hồ sơ của các tỉnh cũ (không lấy trung bình các tỷ lệ).',
	compositionAfterMerger: 'Số liệu kỳ này đã tính theo đơn vị mới: không tách được theo tỉnh cũ.',
	sum: 'Cộng',
	mergedInto: 'Từ 01/07/2025 thuộc',
	viewAs34: 'xem trang đơn vị mới',
	excludedPeriods: 'Các kỳ sau 01/07/2025 tính theo 34 đơn vị, không hiển thị ở đây:',
	targetNoteDefault:
		'Mục tiêu mặc định 80% (Quyết định 942/QĐ-TTg); đổi bằng tham số target trong đường dẫn hoặc ở trang Tổng quan. Chênh lệch tính trên tỷ lệ chưa làm tròn.',
	notFound: 'Không có số liệu của đơn vị này trong kỳ đã chọn.',
	// map page
	mapTitle: 'Bản đồ ô các tỉnh, thành phố',
	mapDescription:
		'Mỗi ô vuông là một đơn vị, đặt gần vị trí địa lý thực; mọi ô bằng nhau nên tỉnh nhỏ vẫn dễ thấy. Di chuột hoặc dùng phím mũi tên để xem số liệu; Enter hoặc nhấp để mở trang đơn vị.',
	units63: '63 tỉnh (trước 01/07/2025)',
	units34: '34 đơn vị (từ 01/07/2025)',
	unitSet: 'Đơn vị',
	colourBy: 'Tô màu theo',
	colourRate: 'Tỷ lệ',
	colourStatus: 'Đạt / chưa đạt mục tiêu',
	legendNone: 'Không có số liệu',
	mapTable: 'Bảng số liệu của bản đồ',
	detailsHint: 'Chọn một ô để xem số liệu.',
	crosswalkNote: 'Số liệu 63 tỉnh được cộng theo bảng chuyển đổi sang 34 đơn vị: tổng tử số trên tổng mẫu số.'
} as const;

type Key = keyof typeof vi;

const en: Record<Key, string> = {
	backToOverview: '← Overview',
	openMap: 'Map',
	unitPageOf: 'Unit page',
	illustrative: 'Illustrative data',
	rankNation: 'National rank',
	rankNationDetail: 'in the appendix order (lowest first)',
	bestFirstRank: 'Best first: rank',
	rankRegion: 'Rank in the region',
	rankRegionUnofficial: 'Rank in the regional group (unofficial)',
	noRegion: 'No region',
	rateLabel: 'Rate of the unit',
	vsNation: 'Against the national rate',
	vsTarget: 'Against the target',
	points: 'points',
	dossiersShort: '{n} more electronic dossiers (same total) needed to reach it',
	reached: 'reached',
	percentile: 'Percentile',
	percentileDetail: 'ahead of {below} and level with {tied} of the {others} other units (ties count half)',
	rankChange: 'Rank change',
	rankChangeUp: 'up {n}',
	rankChangeDown: 'down {n}',
	rankChangeSame: 'unchanged',
	rankChangeDetail: 'best first, from {from} to {to}; rate {points} points',
	singlePeriod: 'The dataset has a single period: no rank change or trend yet.',
	trend: 'Over the periods',
	trendRankBest: 'Rank (best first)',
	trendPosition: 'Appendix no.',
	peers: 'Units of the same region',
	peersUnofficial: 'Units of the same regional group (unofficial)',
	noOfficialRegions34:
		'The 34 units of 1 July 2025 have no official list of socio-economic regions yet. The group used here is the region of the old province hosting the unit’s centre (same code), for reference only.',
	locator: 'Location on the map',
	composition: 'Formed of the provinces before 1 July 2025',
	compositionNote: 'The new unit’s rate is the sum of electronic dossiers over the sum of all dossiers of the old provinces (never an average of rates).',
	compositionAfterMerger: 'This period is reported on the new units: it cannot be split by old province.',
	sum: 'Total',
	mergedInto: 'From 1 July 2025 part of',
	viewAs34: 'see the new unit’s page',
	excludedPeriods: 'Periods after 1 July 2025 are reported on 34 units and not shown here:',
	targetNoteDefault:
		'Default target 80% (Decision 942/QĐ-TTg); change it with the target parameter of the link or on the Overview. Gaps are computed on unrounded rates.',
	notFound: 'No figures for this unit in the selected period.',
	mapTitle: 'Tile map of the provinces',
	mapDescription:
		'Each square is one unit, placed near its real position; all squares are equal, so small provinces stay visible. Hover or use the arrow keys to read the figures; Enter or click opens the unit’s page.',
	units63: '63 provinces (before 1 July 2025)',
	units34: '34 units (from 1 July 2025)',
	unitSet: 'Units',
	colourBy: 'Colour by',
	colourRate: 'Rate',
	colourStatus: 'Meets / below the target',
	legendNone: 'No data',
	mapTable: 'The map’s figures as a table',
	detailsHint: 'Select a tile to read its figures.',
	crosswalkNote: 'The 63 provinces’ figures are summed onto the 34 units through the crosswalk: sum of numerators over sum of denominators.'
};

export const unitTranslator = defineStrings<Key>(vi, en);

/** Fills "{name}" placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{(\w+)\}/g, (_m, k: string) => String(values[k] ?? `{${k}}`));
}
