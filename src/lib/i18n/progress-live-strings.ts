import type { Locale } from '../base/locale';
import { defineStrings } from './strings';
import { fillTemplate } from './template';

// Strings of the progress page for datasets imported into this browser (the workspace), and for what a
// dataset lacks to be measured against a target.
const vi = {
	importedNote: 'Bộ số liệu «{name}» được nhập từ {source} và lưu trong trình duyệt này; các số liệu dưới đây được DuckDB tính lại trong trình duyệt.',
	loading: 'Đang nạp bộ số liệu «{name}» từ không gian làm việc và tính tiến độ bằng DuckDB…',
	engineError: 'DuckDB trong trình duyệt báo lỗi khi tính tiến độ: {message}',
	dataError: 'Số liệu của bộ này không theo dõi được: {message}',
	units34Note: 'Bộ số liệu có kỳ từ 01/07/2025: tiến độ được theo dõi trên 34 đơn vị mới; số liệu các kỳ trước của 63 tỉnh được cộng theo bảng chuyển đổi (tổng tử số trên tổng mẫu số).',
	missingIndicator: 'Bộ số liệu này không có chỉ tiêu {missing} mà mục tiêu «{target}» cần.',
	available: 'Bộ số liệu có: {indicators}.',
	availableNone: 'Bộ số liệu không có chỉ tiêu nào.',
	missingWhatToDo: 'Hãy chọn mục tiêu khác, hoặc nhập số liệu của chỉ tiêu đó (cột «Chỉ tiêu» hoặc chọn chỉ tiêu khi nhập).',
	singlePeriod: 'Chỉ có một kỳ ({period}) của chỉ tiêu «{indicator}»: cần ít nhất {min} kỳ để tính xu hướng, dự báo đến thời hạn và thay đổi giữa hai kỳ. Khoảng cách và mức tăng cần thiết dưới đây chỉ dựa trên kỳ này.',
	singlePeriodImport: 'Hãy nhập thêm các kỳ khác của cùng chỉ tiêu vào bộ số liệu (một tệp có cột «Kỳ»).',
	withoutReference: 'Các kỳ không có số liệu của chỉ tiêu tham chiếu «{indicator}», nên không có mục tiêu cho kỳ đó: {periods}.'
} as const;

export type ProgressLiveStringKey = keyof typeof vi;

const en: Record<ProgressLiveStringKey, string> = {
	importedNote: 'The dataset “{name}” was imported from {source} and is kept in this browser; the figures below are recomputed by DuckDB in the browser.',
	loading: 'Loading the dataset “{name}” from the workspace and computing progress with DuckDB…',
	engineError: 'DuckDB in the browser failed while computing progress: {message}',
	dataError: 'The figures of this dataset cannot be tracked: {message}',
	units34Note: 'The dataset has periods from 1 July 2025: progress is followed on the 34 new units; earlier periods of the 63 provinces are summed onto them through the crosswalk (sum of numerators over sum of denominators).',
	missingIndicator: 'This dataset has no figures for {missing}, which the target “{target}” needs.',
	available: 'The dataset holds: {indicators}.',
	availableNone: 'The dataset holds no indicator.',
	missingWhatToDo: 'Choose another target, or import figures for that indicator (an “Indicator” column, or pick the indicator while importing).',
	singlePeriod: 'Only one period ({period}) of “{indicator}”: at least {min} periods are needed for a trend, a projection to the deadline and the change between two periods. The gap and the monthly gain needed below rest on this period alone.',
	singlePeriodImport: 'Import more periods of the same indicator into the dataset (a file with a “Period” column).',
	withoutReference: 'Periods without figures for the reference indicator “{indicator}”, hence without a target: {periods}.'
};

const plain = defineStrings<ProgressLiveStringKey>(vi, en);

/** t(key, { name }) fills "{name}" in the string. The strings a page shares with the other dataset pages are in dataset-strings.ts. */
export function progressLiveTranslator(locale: Locale) {
	const t = plain(locale);
	return (key: ProgressLiveStringKey, values: Record<string, string | number> = {}): string =>
		fillTemplate(t(key), values);
}
