import { AlignmentType, Header, Paragraph, Table, TableLayoutType, TableRow, WidthType, type ISectionOptions } from 'docx';
import { formatPercentHundredths } from '../i18n/format';
import { HEADERS, letterDate, letterNumber, rowTexts, type ReportModel } from './report-model';
import { cell, COLUMNS, HIGHLIGHT, layoutTable, newDocument, pack, pageNumberHeader, pageProperties, para, shortRule, TEXT_WIDTH } from './docx-parts';

// The appendix and the draft letter as Word documents, from the report model (parts in docx-parts.ts).

function appendixTable(model: ReportModel): Table {
	const [wStt, wUnit, wElectronic, wTotal, wRate] = COLUMNS;
	const C = AlignmentType.CENTER;
	const R = AlignmentType.RIGHT;
	// Both header rows repeat on every page; no row is split across a page break.
	const header1 = new TableRow({
		tableHeader: true,
		cantSplit: true,
		children: [
			cell(HEADERS.stt, { width: wStt, bold: true, align: C, rowSpan: 2 }),
			cell(HEADERS.unit, { width: wUnit, bold: true, align: C, rowSpan: 2 }),
			cell(HEADERS.dossiers, { width: wElectronic + wTotal, bold: true, align: C, columnSpan: 2 }),
			cell(HEADERS.rate, { width: wRate, bold: true, align: C, rowSpan: 2 })
		]
	});
	const header2 = new TableRow({
		tableHeader: true,
		cantSplit: true,
		// Broken by hand: the automatic wrap would leave "tử" alone on the second line.
		children: [cell(HEADERS.electronic.replace('dịch ', 'dịch\n'), { width: wElectronic, bold: true, align: C }), cell(HEADERS.total, { width: wTotal, bold: true, align: C })]
	});
	const body = model.rows.map((row) => {
		const texts = rowTexts(row);
		const fill = row.below ? HIGHLIGHT : undefined;
		return new TableRow({
			cantSplit: true,
			children: [
				cell(String(row.stt), { width: wStt, align: C, fill }),
				cell(row.unit, { width: wUnit, fill }),
				cell(texts.electronic, { width: wElectronic, align: R, fill }),
				cell(texts.total, { width: wTotal, align: R, fill }),
				cell(texts.rate, { width: wRate, align: R, fill })
			]
		});
	});
	const totals = rowTexts(model.national);
	const footer = new TableRow({
		cantSplit: true,
		children: [
			cell(HEADERS.grandTotal, { width: wStt + wUnit, bold: true, align: C, columnSpan: 2 }),
			cell(totals.electronic, { width: wElectronic, bold: true, align: R }),
			cell(totals.total, { width: wTotal, bold: true, align: R }),
			cell(totals.rate, { width: wRate, bold: true, align: R })
		]
	});
	return new Table({
		width: { size: TEXT_WIDTH, type: WidthType.DXA },
		columnWidths: COLUMNS,
		layout: TableLayoutType.FIXED,
		rows: [header1, header2, ...body, footer]
	});
}

function appendixChildren(model: ReportModel): (Paragraph | Table)[] {
	const notes: Paragraph[] = [];
	if (model.highlightBelow && model.targetHundredths !== null) {
		notes.push(
			para(`Ghi chú: các dòng tô màu là đơn vị có tỷ lệ dưới mục tiêu ${formatPercentHundredths(model.targetHundredths)}.`, {
				size: 12,
				italics: true,
				before: 120
			})
		);
	}
	notes.push(para(model.sourceLine, { size: 12, italics: true, before: notes.length ? 0 : 120 }));
	return [
		para('Phụ lục', { size: 14, bold: true, align: AlignmentType.CENTER }),
		para(model.title, { size: 13, bold: true, align: AlignmentType.CENTER, before: 60 }),
		para(model.attachmentLine, { size: 14, italics: true, align: AlignmentType.CENTER, before: 60 }),
		shortRule(1800, TEXT_WIDTH, 240),
		appendixTable(model),
		...notes
	];
}

function appendixSection(model: ReportModel): ISectionOptions {
	return {
		properties: pageProperties(),
		headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
		children: appendixChildren(model)
	};
}

/** The appendix alone, as a Word document ready to attach. */
export async function appendixDocx(model: ReportModel): Promise<Uint8Array> {
	return pack(newDocument(model, [appendixSection(model)]));
}

// ---- the draft letter ---------------------------------------------------------------------------

const HEADER_COLUMNS: [number, number] = [3700, TEXT_WIDTH - 3700];

/** V/v line: the subject, from the indicator ("V/v tỷ lệ giao dịch điện tử lĩnh vực …"). */
export function letterSubject(model: ReportModel): string {
	const label = model.indicator.labelVi;
	return `V/v ${label.charAt(0).toLocaleLowerCase('vi')}${label.slice(1)}`;
}

/** The body of the draft letter, generated from the figures; the official edits it in Word. */
export function letterBody(model: ReportModel): string[] {
	const scope = model.unitSet === 63 ? `BHXH ${model.rows.length} tỉnh, thành phố trực thuộc Trung ương` : `${model.rows.length} đơn vị BHXH cấp tỉnh`;
	const nat = rowTexts(model.national);
	const indicator = model.indicator.labelVi.charAt(0).toLocaleLowerCase('vi') + model.indicator.labelVi.slice(1);
	const paragraphs = [
		`${model.letter.issuerShort} thông báo kết quả ${indicator} của ${scope}, số liệu ${model.periodText.toLocaleLowerCase('vi')}, như sau:`,
		`1. Tỷ lệ bình quân chung toàn quốc đạt ${nat.rate} (${nat.electronic} hồ sơ giao dịch điện tử trên tổng số ${nat.total} hồ sơ).`
	];
	if (model.targetHundredths !== null && model.meetingTarget !== null) {
		const below = model.unitsWithRate - model.meetingTarget;
		paragraphs.push(
			`2. So với mục tiêu ${formatPercentHundredths(model.targetHundredths)}, có ${model.meetingTarget}/${model.unitsWithRate} đơn vị đạt mục tiêu; ${below} đơn vị chưa đạt.`
		);
	}
	const lowest = [...model.rows]
		.filter((r) => r.rateHundredths !== null)
		.sort((a, b) => (a.rateHundredths! - b.rateHundredths!) || a.stt - b.stt)
		.slice(0, 5);
	if (lowest.length > 0) {
		const n = paragraphs.length;
		paragraphs.push(
			`${n}. Các đơn vị có tỷ lệ thấp nhất: ${lowest.map((r) => `${r.unit} (${rowTexts(r).rate})`).join(', ')}.`
		);
	}
	paragraphs.push(
		`${model.letter.issuerShort} đề nghị BHXH các tỉnh, thành phố, nhất là các đơn vị có tỷ lệ thấp (chi tiết tại Phụ lục kèm theo), khẩn trương có giải pháp nâng cao tỷ lệ giao dịch điện tử. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị báo cáo kịp thời về ${model.letter.issuerShort} để được hướng dẫn, phối hợp xử lý./.`
	);
	return paragraphs;
}

function letterChildren(model: ReportModel): (Paragraph | Table)[] {
	const L = model.letter;
	const C = AlignmentType.CENTER;
	const header = layoutTable(
		HEADER_COLUMNS,
		[
			...(L.parentBody.trim() ? [para(L.parentBody.toLocaleUpperCase('vi'), { size: 12, align: C })] : []),
			para(L.issuer.toLocaleUpperCase('vi'), { size: 12, bold: true, align: C }),
			shortRule(1200, HEADER_COLUMNS[0], 120),
			para(`Số: ${letterNumber(L.number)}`, { size: 13, align: C }),
			para(letterSubject(model), { size: 12, align: C, before: 60 })
		],
		[
			para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 13, bold: true, align: C }),
			para('Độc lập - Tự do - Hạnh phúc', { size: 14, bold: true, align: C }),
			shortRule(3150, HEADER_COLUMNS[1], 120),
			para(`${L.place}, ${letterDate(L.dateIso)}`, { size: 14, italics: true, align: C })
		]
	);
	const body = letterBody(model).map((text) => para(text, { size: 14, align: AlignmentType.JUSTIFIED, indentFirst: 567, after: 120 }));
	const recipients = ['- Như trên;', `- Lưu: VT.`];
	const signature = layoutTable(
		[TEXT_WIDTH - 4600, 4600],
		[para('Nơi nhận:', { size: 12, bold: true, italics: true }), ...recipients.map((r) => para(r, { size: 11 }))],
		[
			para(L.signerTitle || 'THỦ TRƯỞNG CƠ QUAN', { size: 14, bold: true, align: C }),
			para('\n\n\n', { size: 14, align: C }),
			para(L.signerName, { size: 14, bold: true, align: C })
		]
	);
	return [
		header,
		para(`Kính gửi: ${L.recipient}.`, { size: 14, align: C, before: 360, after: 240 }),
		...body,
		new Paragraph({ spacing: { after: 120 }, children: [] }),
		signature
	];
}

/** The draft letter, then the appendix in its own section (its pages numbered from 1). */
export async function letterDocx(model: ReportModel): Promise<Uint8Array> {
	const letter: ISectionOptions = {
		properties: pageProperties(),
		headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
		children: letterChildren(model)
	};
	return pack(newDocument(model, [letter, appendixSection(model)]));
}
