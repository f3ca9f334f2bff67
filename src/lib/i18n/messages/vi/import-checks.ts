/** What the table import says about a file: the findings of its rows, its stops and errors, its line accounting (data/import). */
export const finding = {
	electronicExceedsTotal: 'số hồ sơ điện tử lớn hơn tổng số ({total})',
	negativeCount: 'số hồ sơ âm',
	nonIntegerCount: 'số hồ sơ phải là số nguyên',
	notANumber: 'không đọc được số (kiểu số {style})',
	missingValue: 'thiếu giá trị',
	unknownProvince: 'không nhận ra tỉnh/đơn vị',
	unknownProvinceSuggest: 'không nhận ra tỉnh/đơn vị; có phải: {suggestions}?',
	ambiguousProvince: 'tên khớp nhiều đơn vị: {suggestions}',
	codeNameMismatch: 'mã tỉnh là {unit} nhưng tên là {named}',
	duplicateUnit: 'trùng đơn vị {unit} cho cùng kỳ và chỉ tiêu (đã có ở dòng {firstRow})',
	unknownPeriod: 'không phải kỳ báo cáo (năm, quý, tháng hoặc ngày)',
	unknownIndicator: 'không nhận ra chỉ tiêu',
	statedRateDiffers: 'tỷ lệ ghi trong tệp khác tỷ lệ tính từ số liệu ({computed}%) quá 0,01 điểm',
	badStatedRate: 'không đọc được tỷ lệ ghi trong tệp; bỏ qua tỷ lệ này',
	missingProvinces: 'kỳ {period}, chỉ tiêu {indicator}: thiếu {count} đơn vị: {names}',
	totalRow: 'dòng tổng cộng: để riêng, không nhập',
	totalRowDiffers: 'dòng tổng cộng khác tổng các dòng đã nhập ({electronic} / {total})',
	textRow: 'dòng không có số liệu (ghi chú, tiêu đề phụ): để riêng',
	repeatedHeader: 'dòng tiêu đề lặp lại: để riêng',
	cellTooLong: 'ô dài {length} ký tự, quá giới hạn {limit}: loại cả dòng',
	extraCells: 'dòng có ô ngoài {width} cột của tiêu đề (dấu phân cách trong một giá trị, hay dòng bị lệch?)',
	beyondExactIntegers: 'số quá lớn để tính chính xác (vượt 2^53)',
	codeEmptyNamed: 'mã trống; đơn vị nhận theo tên: {unit}',
	signatureBlock: 'sau bảng, không có số liệu (chữ ký, ngày tháng, ghi chú): để riêng',
	/** The rejected rows' CSV: its first and last column. */
	csvRow: 'Dòng',
	csvReason: 'Lý do'
} as const;

export const importError = {
	legacyEncoding:
		'Chữ trong tệp có vẻ ở bảng mã cũ {encoding}, không phải Unicode: tên tỉnh sẽ không đọc được. Hãy chuyển sang Unicode (ví dụ công cụ chuyển mã của UniKey) rồi nhập lại.',
	notWorkbook: 'Tệp nén (ZIP) này không chứa bảng tính .xlsx (không có xl/workbook.xml). Hãy chọn tệp .xlsx hoặc CSV.',
	notWorkbookKind: 'Tệp nén (ZIP) này không chứa bảng tính .xlsx (không có xl/workbook.xml); có vẻ là tệp {kind}. Hãy chọn tệp .xlsx hoặc CSV.',
	workbookTooLarge:
		'Bảng tính quá lớn để đọc trong trang: {what} vượt giới hạn {limit}. Bảng số liệu theo tỉnh chỉ vài trăm dòng; nhật ký hồ sơ thô hãy xuất CSV và dùng mục "Nhật ký hồ sơ thô".',
	empty: 'Tệp trống: không có dòng nào để nhập.',
	binary: 'Tệp không phải văn bản (CSV, TXT) hay bảng tính .xlsx: có vẻ là tệp nhị phân. Hãy lưu bảng dưới dạng CSV hoặc .xlsx rồi chọn lại.',
	tooLarge: 'Tệp {bytes} MB vượt giới hạn {limit} MB của trang nhập bảng. Tệp nhật ký hồ sơ thô lớn hãy dùng mục "Nhật ký hồ sơ thô".',
	tooManyColumns: 'Dòng {row} có {columns} cột (tối đa {limit}): đây không phải một bảng số liệu theo tỉnh. Kiểm tra dấu phân cách hoặc tệp đã chọn.',
	noHeader: 'Không tìm thấy dòng tiêu đề (cần ít nhất cột đơn vị/mã tỉnh và cột số hồ sơ). Hãy chọn vai trò từng cột bên dưới.',
	badWorkbook: 'Không đọc được bảng tính .xlsx: {message}',
	unsupported: 'Định dạng {kind} chưa được hỗ trợ; hãy lưu thành .xlsx hoặc CSV.'
} as const;

/** The ambiguity stops (data/import/ambiguity.ts): where, what, and that nothing was imported. */
export const ambiguity = {
	where: 'Dòng {line}: ',
	stop: ' Tệp chưa được nhập: sửa tệp (hoặc chọn lại) rồi nhập lại.',
	lineEndings:
		'dòng kết thúc bằng {found} trong khi các dòng khác kết thúc bằng {main}: không rõ đây là một hàng bị ngắt hay hai hàng bị nối. Hãy lưu lại tệp với một kiểu xuống dòng.',
	mixedDelimiters: 'dòng này dùng {found} trong khi tệp dùng {main} làm dấu phân cách: không rõ các cột của dòng này.',
	dataBeforeHeader: 'dòng có số liệu nằm trước dòng tiêu đề (dòng {header}): hoặc tiêu đề ở chỗ khác, hoặc tệp ghép từ nhiều bảng.',
	secondHeader: 'dòng giống một dòng tiêu đề thứ hai ({text}) nhưng khác tiêu đề ở dòng {header}: không rõ các cột từ đây trở đi.',
	rowNumbersAsCounts: 'cột "{column}" chứa {values} … như số thứ tự (STT), không giống số hồ sơ: hãy kiểm tra vai trò các cột.',
	roleChange: 'từ dòng này cột "{column}" chứa tên đơn vị và cột đơn vị chứa số: các cột dường như đổi vai trò giữa tệp.',
	columnRuns: 'các cột của bảng chép từ PDF có số dòng khác nhau ({lengths}): không ghép được hàng một cách chắc chắn.',
	spacedColumns:
		'các cột số của bảng chép từ PDF (cách nhau một dấu cách) không xác định được chắc chắn ({found} số trên dòng này, {expected} trên các dòng khác, hoặc tiêu đề không nêu cột / số liệu không khớp thứ tự điện tử, tổng số, tỷ lệ).',
	semicolon: 'dấu chấm phẩy (;)',
	comma: 'dấu phẩy (,)',
	tab: 'dấu tab',
	bar: 'dấu gạch đứng (|)'
} as const;

/** "data.csv: 70 dòng = 3 tiêu đề/lời văn + …": every line of a file in one part. */
export const accounting = {
	line: '{file}: {total} {unit} = {parts}',
	unitRow: 'dòng bảng tính',
	unitLine: 'dòng',
	preamble: 'tiêu đề/lời văn',
	header: 'dòng tiêu đề cột',
	imported: 'đã nhập',
	setAside: 'để riêng',
	rejected: 'bị loại',
	unread: 'chưa đọc',
	blank: 'trống',
	multiLine: ' ({n} hàng trải trên nhiều dòng)',
	unaccounted: '; {n} dòng không thuộc phần nào: {lines}'
} as const;
