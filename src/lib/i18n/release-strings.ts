import { defineStrings } from './strings';

// The releases page ("Cập nhật số liệu"): every publication and revision of the catalogue.
const vi = {
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
	prepareDone: 'Đã tải {file} ({n} đơn vị). Người dựng trang chạy: npm run --silent cli -- publish --input {file}'
};

const en: Record<keyof typeof vi, string> = {
	title: 'Data releases',
	intro:
		'Every publication of one period and indicator, and every correction (a new revision), is recorded here with its provenance: the file received and its SHA-256, the rows read, imported and set aside. Earlier revisions are kept and listed; pages and exported documents name the revision they use.',
	feed: 'Follow as an Atom feed (Outlook, feed readers)',
	count: '{n} publications and revisions',
	published: 'Released on',
	dataset: 'Dataset',
	indicator: 'Indicator',
	revision: 'Revision',
	units: 'Units',
	source: 'Source',
	reason: 'Reason',
	sourceFile: 'Source file',
	rows: 'Rows',
	rowsText: '{read} read, {imported} imported, {setAside} set aside',
	file: 'Figures file (download)',
	current: 'Current revision',
	superseded: 'Replaced by revision {n}',
	illustrative: 'Illustrative data — not real figures',
	releaseLine: 'Figures released on {date}, revision {n}',
	method: 'How rates are computed, rounded and ranked, and the revision policy: see the Method page.',
	prepare: 'Prepare for publication',
	prepareHelp: 'No row was rejected: download one period and indicator as the file the publish command accepts unchanged, for whoever builds the site.',
	prepareChoose: 'This file holds several periods or indicators; choose one:',
	prepareDone: 'Downloaded {file} ({n} units). To publish: npm run --silent cli -- publish --input {file}'
};

export const releaseTranslator = defineStrings(vi, en);
