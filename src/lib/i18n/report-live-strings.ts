import type { Locale } from '../base/locale';
import { defineStrings } from './strings';
import { fillTemplate } from './template';

// Strings of the report page for datasets imported into this browser (the workspace).
const vi = {
	importedNote: 'Bộ số liệu «{name}» được nhập từ «{source}» và lưu trong trình duyệt này; phụ lục được DuckDB tính trong trình duyệt.',
	loading: 'Đang nạp bộ số liệu «{name}» từ không gian làm việc vào DuckDB…',
	loadingFigures: 'Đang tính số liệu của kỳ và chỉ tiêu đã chọn…',
	engineError: 'DuckDB trong trình duyệt báo lỗi khi tính phụ lục: {message}',
	units34Fixed: 'Kỳ từ 01/7/2025: số liệu đã theo 34 đơn vị, không chọn 63/34.'
} as const;

export type ReportLiveStringKey = keyof typeof vi;

const en: Record<ReportLiveStringKey, string> = {
	importedNote: 'The dataset “{name}” was imported from “{source}” and is kept in this browser; the appendix is computed by DuckDB in the browser.',
	loading: 'Loading the dataset “{name}” from the workspace into DuckDB…',
	loadingFigures: 'Computing the figures of the chosen period and indicator…',
	engineError: 'DuckDB in the browser failed while computing the appendix: {message}',
	units34Fixed: 'A period from 1 July 2025: the figures are on the 34 units already; no 63/34 choice.'
};

const plain = defineStrings<ReportLiveStringKey>(vi, en);

/** t(key, { name }) fills "{name}" in the string. The strings a page shares with the other dataset pages are in dataset-strings.ts. */
export function reportLiveTranslator(locale: Locale) {
	const t = plain(locale);
	return (key: ReportLiveStringKey, values: Record<string, string | number> = {}): string =>
		fillTemplate(t(key), values);
}
