/** The messages of the ambiguity stops (see ambiguity.ts), Vietnamese and English. */
const NAMES: Record<string, string> = { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab', '|': 'bar (|)' };
const NAMES_VI: Record<string, string> = { ';': 'dấu chấm phẩy (;)', ',': 'dấu phẩy (,)', '\t': 'dấu tab', '|': 'dấu gạch đứng (|)' };

export function describeAmbiguity(d: Record<string, string | number>, locale: 'vi' | 'en'): string {
	const vi = locale === 'vi';
	const where = d.line === undefined ? '' : vi ? `Dòng ${d.line}: ` : `Line ${d.line}: `;
	const stop = vi ? ' Tệp chưa được nhập: sửa tệp (hoặc chọn lại) rồi nhập lại.' : ' Nothing was imported: fix the file (or the choice) and import again.';
	switch (d.kind) {
		case 'lineEndings':
			return (
				where +
				(vi
					? `dòng kết thúc bằng ${d.found} trong khi các dòng khác kết thúc bằng ${d.main}: không rõ đây là một hàng bị ngắt hay hai hàng bị nối. Hãy lưu lại tệp với một kiểu xuống dòng.`
					: `this line ends in ${d.found} while the other lines end in ${d.main}: it may split one row or join two. Save the file with one kind of line ending.`) +
				stop
			);
		case 'mixedDelimiters':
			return (
				where +
				(vi
					? `dòng này dùng ${NAMES_VI[d.found] ?? d.found} trong khi tệp dùng ${NAMES_VI[d.main] ?? d.main} làm dấu phân cách: không rõ các cột của dòng này.`
					: `this line is separated by ${NAMES[d.found] ?? d.found} while the file uses ${NAMES[d.main] ?? d.main}: its columns are unclear.`) +
				stop
			);
		case 'dataBeforeHeader':
			return (
				where +
				(vi
					? `dòng có số liệu nằm trước dòng tiêu đề (dòng ${d.header}): hoặc tiêu đề ở chỗ khác, hoặc tệp ghép từ nhiều bảng.`
					: `a row of figures lies before the header row (line ${d.header}): either the header is elsewhere or the file joins several tables.`) +
				stop
			);
		case 'secondHeader':
			return (
				where +
				(vi
					? `dòng giống một dòng tiêu đề thứ hai (${d.text}) nhưng khác tiêu đề ở dòng ${d.header}: không rõ các cột từ đây trở đi.`
					: `this row looks like a second header (${d.text}) that differs from the header on line ${d.header}: the columns below it are unclear.`) +
				stop
			);
		case 'rowNumbersAsCounts':
			return (
				where +
				(vi
					? `cột "${d.column}" chứa ${d.values} … như số thứ tự (STT), không giống số hồ sơ: hãy kiểm tra vai trò các cột.`
					: `column "${d.column}" holds ${d.values} … like row numbers (STT), not counts of dossiers: check the column roles.`) +
				stop
			);
		case 'roleChange':
			return (
				where +
				(vi
					? `từ dòng này cột "${d.column}" chứa tên đơn vị và cột đơn vị chứa số: các cột dường như đổi vai trò giữa tệp.`
					: `from this row column "${d.column}" holds unit names and the unit column holds numbers: the columns seem to change roles mid-file.`) +
				stop
			);
		case 'columnRuns':
			return (
				where +
				(vi
					? `các cột của bảng chép từ PDF có số dòng khác nhau (${d.lengths}): không ghép được hàng một cách chắc chắn.`
					: `the columns of the table copied from a PDF have different lengths (${d.lengths}): rows cannot be put together with certainty.`) +
				stop
			);
		case 'spacedColumns':
			return (
				where +
				(vi
					? `các cột số của bảng chép từ PDF (cách nhau một dấu cách) không xác định được chắc chắn (${d.found} số trên dòng này, ${d.expected} trên các dòng khác, hoặc tiêu đề không nêu cột / số liệu không khớp thứ tự điện tử, tổng số, tỷ lệ).`
					: `the figure columns of this text copied from a PDF (single spaces) cannot be told apart with certainty (${d.found} figures on this line, ${d.expected} on the others, or the header does not name them / the figures do not bear out electronic, total, rate).`) +
				stop
			);
	}
	return where + String(d.kind);
}

