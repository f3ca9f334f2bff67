/** Choosing a dataset, shipped or imported into this browser, and its states while it loads. */
export const dataset = {
	embeddedGroup: 'Có sẵn trong ứng dụng',
	importedGroup: 'Đã nhập trong trình duyệt này',
	importedSuffix: '(đã nhập)',
	notInBrowser: '(không có trong trình duyệt này)',
	importedBanner: 'Số liệu đã nhập',
	notFound: 'Trình duyệt này không có bộ số liệu đã nhập với mã «{id}». Các bộ số liệu đã nhập chỉ được lưu trong trình duyệt đã nhập chúng: hãy nhập lại tệp, hoặc nhập tệp không gian làm việc đã xuất, tại trang Nhập số liệu.',
	openImport: 'Mở trang Nhập số liệu',
	storageError: 'Không đọc được bộ số liệu từ bộ nhớ trình duyệt (IndexedDB): {message}',
	retry: 'Thử lại',
	notInWorkspace: 'Không có bộ số liệu "{id}" trong không gian làm việc của trình duyệt này (trang Nhập số liệu).'
} as const;
