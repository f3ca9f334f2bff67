import type { Locale } from '../base/locale';
import { defineStrings } from './strings';
import { fillTemplate } from './template';

// Strings every page that offers the embedded datasets and those imported into this browser (the workspace)
// shares: the dataset choice, the imported-data banner's title, and the states of a dataset not (yet) loaded.
const vi = {
	embeddedGroup: 'Có sẵn trong ứng dụng',
	importedGroup: 'Đã nhập trong trình duyệt này',
	importedSuffix: '(đã nhập)',
	notInBrowser: '(không có trong trình duyệt này)',
	importedBanner: 'Số liệu đã nhập',
	notFound: 'Trình duyệt này không có bộ số liệu đã nhập với mã «{id}». Các bộ số liệu đã nhập chỉ được lưu trong trình duyệt đã nhập chúng: hãy nhập lại tệp, hoặc nhập tệp không gian làm việc đã xuất, tại trang Nhập số liệu.',
	openImport: 'Mở trang Nhập số liệu',
	storageError: 'Không đọc được bộ số liệu từ bộ nhớ trình duyệt (IndexedDB): {message}',
	retry: 'Thử lại'
} as const;

export type DatasetStringKey = keyof typeof vi;

const en: Record<DatasetStringKey, string> = {
	embeddedGroup: 'Shipped with the app',
	importedGroup: 'Imported in this browser',
	importedSuffix: '(imported)',
	notInBrowser: '(not in this browser)',
	importedBanner: 'Imported data',
	notFound: 'This browser holds no imported dataset with the id “{id}”. Imported datasets are kept only in the browser that imported them: import the file again, or import an exported workspace file, on the import page.',
	openImport: 'Open the import page',
	storageError: 'Could not read the dataset from the browser’s storage (IndexedDB): {message}',
	retry: 'Try again'
};

const plain = defineStrings<DatasetStringKey>(vi, en);

/** t(key, { id }) fills "{id}" in the string. */
export function datasetTranslator(locale: Locale) {
	const t = plain(locale);
	return (key: DatasetStringKey, values: Record<string, string | number> = {}): string => fillTemplate(t(key), values);
}
