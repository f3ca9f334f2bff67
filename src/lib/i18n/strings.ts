import type { Locale } from './locale';

/** Every UI string, Vietnamese first. An English string must exist for every key (checked by the type). */
const vi = {
	appTitle: 'Tỷ lệ giao dịch điện tử BHXH',
	appSubtitle: 'Theo dõi chuyển đổi hồ sơ sang kênh điện tử theo tỉnh, thành phố',
	navOverview: 'Tổng quan',
	navMap: 'Bản đồ',
	navReport: 'Xuất công văn',
	navProgress: 'Tiến độ mục tiêu',
	navImport: 'Nhập số liệu',
	language: 'Ngôn ngữ',
	keyFigures: 'Số liệu chính',
	nationalRate: 'Tỷ lệ toàn quốc (bình quân gia quyền)',
	regionRate: 'Tỷ lệ của vùng (bình quân gia quyền)',
	medianRate: 'Trung vị tỷ lệ các đơn vị',
	meetingTarget: 'Đơn vị đạt mục tiêu',
	lowest: 'Thấp nhất',
	highest: 'Cao nhất',
	dossiersOf: 'hồ sơ điện tử trên',
	dossiers: 'hồ sơ',
	of: 'trên',
	units: 'đơn vị',
	tableCaption: 'Tỷ lệ giao dịch điện tử theo đơn vị',
	colStt: 'STT',
	colRank: 'Hạng',
	colUnit: 'Đơn vị',
	colDossiers: 'Hồ sơ',
	colElectronic: 'Giao dịch điện tử',
	colTotal: 'Tổng số',
	colRate: 'Tỷ lệ',
	colTarget: 'So với mục tiêu',
	meets: 'Đạt',
	belowTarget: 'Chưa đạt',
	noRate: 'Không có số liệu',
	chartTitle: 'Xếp hạng các đơn vị theo tỷ lệ giao dịch điện tử',
	chartTargetLabel: 'Mục tiêu',
	legendMeets: 'Đạt mục tiêu',
	legendBelow: 'Chưa đạt mục tiêu',
	order: 'Thứ tự',
	orderAsc: 'Như phụ lục (thấp → cao)',
	orderDesc: 'Cao nhất trước',
	region: 'Vùng',
	allRegions: 'Cả nước',
	target: 'Mục tiêu (%)',
	targetInvalid: 'Nhập một tỷ lệ từ 0 đến 100, ví dụ 80 hoặc 36,99.',
	targetDefaultNote:
		'Công văn 3040 yêu cầu đến 31/12/2019 tỷ lệ này đạt tương đương tỷ lệ giao dịch điện tử lĩnh vực tham gia BHXH, BHYT, BHTN; tỷ lệ đó không có trong phụ lục. Mục tiêu mặc định là 80%, mức hồ sơ trực tuyến toàn trình đặt ra cho năm 2025 (Quyết định 942/QĐ-TTg); bạn có thể đặt giá trị khác.',
	source: 'Nguồn',
	period: 'Kỳ',
	indicator: 'Chỉ tiêu',
	enginePrerendered: 'Số liệu tính sẵn khi xuất bản trang.',
	offlineNote: 'Không có mạng: trang hiển thị số liệu đã lưu ở lần xem trước (xem kỳ số liệu bên dưới).',
	engineRecompute: 'Tính lại trong trình duyệt (tải DuckDB, khoảng 6 MB)',
	engineLoading: 'Đang khởi động máy tính toán DuckDB…',
	engineReady: 'DuckDB sẵn sàng: số liệu được tính lại trong trình duyệt.',
	engineMismatch: 'Cảnh báo: kết quả DuckDB trong trình duyệt khác với bảng đã dựng sẵn.',
	engineError: 'Không khởi động được DuckDB',
	filterShowing: 'Đang hiển thị',
	skipToContent: 'Chuyển đến nội dung chính'
} as const;

export type StringKey = keyof typeof vi;

const en: Record<StringKey, string> = {
	appTitle: 'Social insurance e-transaction rates',
	appSubtitle: 'Tracking how far each province has moved dossiers onto electronic channels',
	navOverview: 'Overview',
	navMap: 'Map',
	navReport: 'Letter export',
	navProgress: 'Progress',
	navImport: 'Import',
	language: 'Language',
	keyFigures: 'Key figures',
	nationalRate: 'National rate (weighted)',
	regionRate: 'Regional rate (weighted)',
	medianRate: 'Median of unit rates',
	meetingTarget: 'Units meeting the target',
	lowest: 'Lowest',
	highest: 'Highest',
	dossiersOf: 'electronic dossiers of',
	dossiers: 'dossiers',
	of: 'of',
	units: 'units',
	tableCaption: 'E-transaction rate by unit',
	colStt: 'No.',
	colRank: 'Rank',
	colUnit: 'Unit',
	colDossiers: 'Dossiers',
	colElectronic: 'Electronic',
	colTotal: 'Total',
	colRate: 'Rate',
	colTarget: 'Against target',
	meets: 'Met',
	belowTarget: 'Below',
	noRate: 'No data',
	chartTitle: 'Units ranked by e-transaction rate',
	chartTargetLabel: 'Target',
	legendMeets: 'Meets target',
	legendBelow: 'Below target',
	order: 'Order',
	orderAsc: 'As in the appendix (low → high)',
	orderDesc: 'Best first',
	region: 'Region',
	allRegions: 'Whole country',
	target: 'Target (%)',
	targetInvalid: 'Enter a rate from 0 to 100, e.g. 80 or 36.99.',
	targetDefaultNote:
		'Công văn 3040 asks that by 31/12/2019 this rate reach the e-transaction rate of the participation field, which the appendix does not give. The default target is 80%, the share of dossiers fully online set for 2025 (Decision 942/QĐ-TTg); you can set another value.',
	source: 'Source',
	period: 'Period',
	indicator: 'Indicator',
	enginePrerendered: 'Figures computed when the page was published.',
	offlineNote: 'No network: this page shows the figures saved at your last visit (see their period below).',
	engineRecompute: 'Recompute in this browser (loads DuckDB, about 6 MB)',
	engineLoading: 'Starting the DuckDB engine…',
	engineReady: 'DuckDB ready: figures recomputed in the browser.',
	engineMismatch: 'Warning: DuckDB in the browser disagrees with the prerendered table.',
	engineError: 'DuckDB could not start',
	filterShowing: 'Showing',
	skipToContent: 'Skip to the main content'
};

/**
 * A feature's strings: Vietnamese first, and English for every key (the type checks it). Each page or
 * feature keeps its own dictionary beside this one (e.g. src/lib/i18n/report-strings.ts).
 */
export function defineStrings<K extends string>(viStrings: Record<K, string>, enStrings: Record<K, string>) {
	const dictionaries: Record<Locale, Record<K, string>> = { vi: viStrings, en: enStrings };
	return (locale: Locale) => (key: K): string => dictionaries[locale][key];
}

/** The shared strings (layout, overview). */
export const translator = defineStrings<StringKey>(vi, en);
