import {
	AlignmentType,
	BorderStyle,
	Document,
	Header,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	VerticalAlign,
	WidthType,
	type IParagraphOptions,
	type ISectionOptions
} from 'docx';
import type { ReportModel } from './report-model';

// The parts the Word documents (the appendix, the draft letter) are made of: page setup, runs and
// paragraphs in the decree's font, table cells, the document itself.

// Nghị định 30/2020/NĐ-CP, Phụ lục I: A4 portrait, margins top/bottom 20–25 mm, left 30–35 mm,
// right 15–20 mm, Times New Roman. Word measures in twentieths of a point (twips): 1 mm = 56.7 twips.
const MM = 56.7;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) };
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
/** docx sizes are half-points. */
const pt = (points: number) => points * 2;
export const HIGHLIGHT = 'FBE3D6';

interface RunStyle {
	size?: number;
	bold?: boolean;
	italics?: boolean;
}

export function run(text: string, style: RunStyle = {}): TextRun {
	return new TextRun({ text, font: FONT, size: pt(style.size ?? 14), bold: style.bold, italics: style.italics });
}

/** A paragraph of one run; lines of `text` separated by "\n" become line breaks inside it. */
export function para(text: string, style: RunStyle & { align?: IParagraphOptions['alignment']; before?: number; after?: number; indentFirst?: number } = {}): Paragraph {
	const lines = text.split('\n');
	return new Paragraph({
		alignment: style.align ?? AlignmentType.LEFT,
		spacing: { before: style.before ?? 0, after: style.after ?? 0 },
		indent: style.indentFirst ? { firstLine: style.indentFirst } : undefined,
		children: lines.map(
			(line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, font: FONT, size: pt(style.size ?? 14), bold: style.bold, italics: style.italics })
		)
	});
}

/** A short centred rule: an empty paragraph indented from both sides with a bottom border. */
export function shortRule(widthTwips: number, available: number, after = 120): Paragraph {
	const side = Math.max(0, Math.round((available - widthTwips) / 2));
	return new Paragraph({
		indent: { left: side, right: side },
		spacing: { before: 0, after },
		border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
		children: []
	});
}

// ---- the appendix -------------------------------------------------------------------------------

export const COLUMNS = [800, 0, 1750, 1750, 1450];
COLUMNS[1] = TEXT_WIDTH - COLUMNS.reduce((a, b) => a + b, 0);

const cellMargins = { top: 20, bottom: 20, left: 80, right: 80 };

export function cell(text: string, opts: { width: number; bold?: boolean; align?: IParagraphOptions['alignment']; rowSpan?: number; columnSpan?: number; fill?: string; size?: number }): TableCell {
	return new TableCell({
		width: { size: opts.width, type: WidthType.DXA },
		rowSpan: opts.rowSpan,
		columnSpan: opts.columnSpan,
		verticalAlign: VerticalAlign.CENTER,
		margins: cellMargins,
		shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
		children: [para(text, { size: opts.size ?? 12, bold: opts.bold, align: opts.align ?? AlignmentType.LEFT })]
	});
}

export function pageNumberHeader(): Header {
	return new Header({
		children: [
			new Paragraph({
				alignment: AlignmentType.CENTER,
				children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(14) })]
			})
		]
	});
}

export function pageProperties(): ISectionOptions['properties'] {
	return {
		// The first page carries no number (Nghị định 30/2020: numbers from the second page).
		titlePage: true,
		page: {
			size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
			margin: { ...MARGIN, header: Math.round(10 * MM), footer: Math.round(10 * MM) },
			pageNumbers: { start: 1 }
		}
	};
}

export function newDocument(model: ReportModel, sections: ISectionOptions[]): Document {
	return new Document({
		creator: model.letter.issuerShort,
		title: model.title,
		description: model.sourceLine,
		styles: { default: { document: { run: { font: FONT, size: pt(14) } } } },
		sections
	});
}

export async function pack(doc: Document): Promise<Uint8Array> {
	return new Uint8Array(await Packer.toArrayBuffer(doc));
}

const NO_BORDERS = {
	top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
	bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
	left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
	right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
	insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
	insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
};

export function layoutTable(widths: [number, number], left: Paragraph[], right: Paragraph[]): Table {
	// A gap between the two columns so long names never run into each other.
	const plain = (width: number, children: Paragraph[], side: 'left' | 'right') =>
		new TableCell({
			width: { size: width, type: WidthType.DXA },
			margins: { left: side === 'right' ? 60 : 0, right: side === 'left' ? 60 : 0, top: 0, bottom: 0 },
			children
		});
	return new Table({
		width: { size: widths[0] + widths[1], type: WidthType.DXA },
		columnWidths: widths,
		layout: TableLayoutType.FIXED,
		borders: NO_BORDERS,
		rows: [new TableRow({ children: [plain(widths[0], left, 'left'), plain(widths[1], right, 'right')] })]
	});
}
