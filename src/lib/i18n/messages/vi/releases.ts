/** The releases page ("Cập nhật số liệu") and preparing a publication from the import page. */
export const releases = {
	title: 'Cập nhật số liệu',
	intro:
		'Mỗi lần phát hành số liệu của một kỳ và một lĩnh vực, và mỗi lần đính chính (bản mới), được ghi ở đây cùng nguồn gốc: tệp nhận được và mã SHA-256 của tệp, số dòng đã đọc, đã nhập, để riêng. Bản cũ vẫn được giữ và liệt kê; trang và văn bản xuất ra ghi rõ bản đang dùng.',
	feed: 'Theo dõi bằng nguồn tin Atom (Outlook, trình đọc tin)',
	count: '{n} lần phát hành và đính chính',
	published: 'Ngày phát hành',
	dataset: 'Bộ số liệu',
	indicator: 'Lĩnh vực',
	revision: 'Bản',
	units: 'Số đơn vị',
	source: 'Nguồn',
	reason: 'Lý do',
	sourceFile: 'Tệp nguồn',
	rows: 'Số dòng',
	rowsText: '{read} dòng đọc, {imported} dòng nhập, {setAside} dòng để riêng',
	file: 'Tệp số liệu (tải về)',
	current: 'Bản đang dùng',
	superseded: 'Đã được thay bằng bản {n}',
	illustrative: 'Dữ liệu minh họa — không phải số liệu thật',
	releaseLine: 'Số liệu phát hành ngày {date}, bản {n}',
	method: 'Cách tính, làm tròn, xếp hạng và chính sách đính chính: xem trang Phương pháp.',
	prepare: 'Chuẩn bị phát hành',
	prepareHelp: 'Không dòng nào bị loại: có thể tải tệp của một kỳ và một lĩnh vực để người dựng trang phát hành bằng lệnh publish, không cần sửa gì.',
	prepareChoose: 'Tệp này có nhiều kỳ hoặc lĩnh vực; chọn một:',
	prepareDone: 'Đã tải {file} ({n} đơn vị). Người dựng trang chạy: npm run --silent cli -- publish --input {file}',
	releasedLine: 'Số liệu phát hành ngày {date}, bản {revision}'
} as const;
