import { defineStrings } from './strings';

// Strings of the unit pages and the map for a dataset imported into this browser (?dataset=imp-…).
const vi = {
	importedBanner: 'Số liệu đã nhập',
	importedNote: 'Bộ số liệu «{name}» ({source}) được lưu trong trình duyệt này; thứ hạng và số liệu dưới đây được DuckDB tính trong trình duyệt.',
	loading: 'Đang nạp bộ số liệu «{id}» từ không gian làm việc của trình duyệt và tính bằng DuckDB…',
	notFound: 'Trình duyệt này không có bộ số liệu đã nhập với mã «{id}». Bộ số liệu đã nhập chỉ được lưu trong trình duyệt đã nhập nó: hãy nhập lại tệp, hoặc nhập tệp không gian làm việc đã xuất.',
	openImport: 'Mở trang Nhập số liệu',
	openDefault: 'Xem bộ số liệu mặc định',
	noIndicator: 'Bộ số liệu «{name}» không có chỉ tiêu «{indicator}».',
	noFigures: 'Bộ số liệu «{name}» không có số liệu nào.',
	available: 'Các chỉ tiêu có trong bộ số liệu:',
	storageError: 'Không đọc được bộ số liệu từ bộ nhớ trình duyệt (IndexedDB): {message}',
	engineError: 'DuckDB trong trình duyệt báo lỗi: {message}',
	dataError: 'Số liệu của bộ này không hiển thị được: {message}',
	unitMissing: 'Bộ số liệu «{name}» không có số liệu của {unit} trong kỳ {period}.',
	unitMissingNoPeriod: 'Bộ số liệu «{name}» không có kỳ nào hiển thị được trên {units}.',
	only34: 'Các kỳ của bộ số liệu này từ 01/07/2025, theo 34 đơn vị mới:',
	viewUnit34: 'xem trang của đơn vị mới',
	seeMap: 'Xem bản đồ của bộ số liệu này',
	datasetName: 'Bộ số liệu',
	mapOnly34: 'Bộ số liệu này chỉ có các kỳ từ 01/07/2025, theo 34 đơn vị mới: bản đồ hiển thị 34 đơn vị.',
	coverage: 'Có số liệu: {n}/{of} đơn vị; các ô xám không có số liệu trong kỳ này.'
};

const en: typeof vi = {
	importedBanner: 'Imported data',
	importedNote: 'The dataset «{name}» ({source}) is stored in this browser; the ranks and figures below are computed by DuckDB in the browser.',
	loading: 'Loading the dataset «{id}» from this browser’s workspace and computing with DuckDB…',
	notFound: 'This browser has no imported dataset with the id «{id}». Imported datasets are kept only in the browser that imported them: import the file again, or import an exported workspace file.',
	openImport: 'Open the Import page',
	openDefault: 'View the default dataset',
	noIndicator: 'The dataset «{name}» has no indicator «{indicator}».',
	noFigures: 'The dataset «{name}» holds no figures.',
	available: 'Indicators in the dataset:',
	storageError: 'Could not read the dataset from the browser’s storage (IndexedDB): {message}',
	engineError: 'DuckDB in the browser reported an error: {message}',
	dataError: 'The figures of this dataset cannot be shown: {message}',
	unitMissing: 'The dataset «{name}» has no figures for {unit} in {period}.',
	unitMissingNoPeriod: 'The dataset «{name}» has no period that can be shown on the {units}.',
	only34: 'The periods of this dataset are from 1 July 2025, on the 34 new units:',
	viewUnit34: 'see the new unit’s page',
	seeMap: 'See the map of this dataset',
	datasetName: 'Dataset',
	mapOnly34: 'This dataset holds only periods from 1 July 2025, on the 34 new units: the map shows the 34 units.',
	coverage: 'Figures for {n}/{of} units; grey tiles have no figures in this period.'
};

export const unitsLiveTranslator = defineStrings<keyof typeof vi>(vi, en);
