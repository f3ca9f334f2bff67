import type { Locale } from './locale';
import { defineStrings } from './strings';

// Strings of the report page for datasets imported into this browser (the workspace).
const vi = {
	embeddedGroup: 'Có sẵn trong ứng dụng',
	importedGroup: 'Đã nhập trong trình duyệt này',
	importedSuffix: '(đã nhập)',
	notInBrowser: '(không có trong trình duyệt này)',
	importedBanner: 'Số liệu đã nhập',
	importedNote: 'Bộ số liệu «{name}» được nhập từ «{source}» và lưu trong trình duyệt này; phụ lục được DuckDB tính trong trình duyệt.',
	loading: 'Đang nạp bộ số liệu «{name}» từ không gian làm việc vào DuckDB…',
	loadingFigures: 'Đang tính số liệu của kỳ và chỉ tiêu đã chọn…',
	notFound: 'Trình duyệt này không có bộ số liệu đã nhập với mã «{id}». Các bộ số liệu đã nhập chỉ được lưu trong trình duyệt đã nhập chúng: hãy nhập lại tệp, hoặc nhập tệp không gian làm việc đã xuất, tại trang Nhập số liệu.',
	openImport: 'Mở trang Nhập số liệu',
	storageError: 'Không đọc được bộ số liệu từ bộ nhớ trình duyệt (IndexedDB): {message}',
	engineError: 'DuckDB trong trình duyệt báo lỗi khi tính phụ lục: {message}',
	retry: 'Thử lại',
	units34Fixed: 'Kỳ từ 01/7/2025: số liệu đã theo 34 đơn vị, không chọn 63/34.'
} as const;

export type ReportLiveStringKey = keyof typeof vi;

const en: Record<ReportLiveStringKey, string> = {
	embeddedGroup: 'Shipped with the app',
	importedGroup: 'Imported in this browser',
	importedSuffix: '(imported)',
	notInBrowser: '(not in this browser)',
	importedBanner: 'Imported data',
	importedNote: 'The dataset “{name}” was imported from “{source}” and is kept in this browser; the appendix is computed by DuckDB in the browser.',
	loading: 'Loading the dataset “{name}” from the workspace into DuckDB…',
	loadingFigures: 'Computing the figures of the chosen period and indicator…',
	notFound: 'This browser holds no imported dataset with the id “{id}”. Imported datasets are kept only in the browser that imported them: import the file again, or import an exported workspace file, on the import page.',
	openImport: 'Open the import page',
	storageError: 'Could not read the dataset from the browser’s storage (IndexedDB): {message}',
	engineError: 'DuckDB in the browser failed while computing the appendix: {message}',
	retry: 'Try again',
	units34Fixed: 'A period from 1 July 2025: the figures are on the 34 units already; no 63/34 choice.'
};

const plain = defineStrings<ReportLiveStringKey>(vi, en);

/** t(key, { name }) fills "{name}" in the string; the values are shown as text, never as markup. */
export function reportLiveTranslator(locale: Locale) {
	const t = plain(locale);
	return (key: ReportLiveStringKey, values: Record<string, string | number> = {}): string =>
		t(key).replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
