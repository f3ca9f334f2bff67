// Makes the fixtures of the forms in which officials hold an appendix, the way they are really made:
//  - the 2019 letter rendered to .docx by the report export, converted to PDF by LibreOffice headless, then
//    read back by poppler's pdftotext with and without -layout, and with -raw (what a person copies out of the
//    letter's PDF);
//  - a provincial office's workbook (exceljs): title rows, a period in a title row, a merged two-row header,
//    numbers and percent cells, a "Tổng cộng" row and a signature block.
// Run: npx tsx scripts/make-form-fixtures.ts   (needs soffice and pdftotext: see scripts/test-all.mjs)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadEmbeddedFromDisk } from '../src/cli/files';
import { letterDocx } from '../src/lib/export/docx-report';
import { buildReport, DEFAULT_LETTER } from '../src/lib/export/report-model';

const OUT = 'tests/fixtures';
const { reference, appendix } = loadEmbeddedFromDisk();

async function pdfText(): Promise<void> {
	const model = buildReport({
		counts: appendix.observations.map((o) => ({ code: o.unitCode, electronic: o.electronic, total: o.total })),
		units: reference.provinces,
		unitSet: 63,
		indicator: reference.indicators.find((i) => i.id === 'benefits_e_dossiers')!,
		period: '2019-08-20',
		periodText: 'Đến 20/08/2019',
		source: appendix.info.source,
		order: 'asc',
		targetHundredths: 8000,
		highlightBelow: false,
		letter: { ...DEFAULT_LETTER, number: '3040/BHXH-CNTT', dateIso: '2019-08-20' }
	});
	const dir = mkdtempSync(path.join(tmpdir(), 'form-fixtures-'));
	const docx = path.join(dir, 'cv3040-2019.docx');
	writeFileSync(docx, await letterDocx(model));
	const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
	execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'inherit' });
	const pdf = path.join(dir, 'cv3040-2019.pdf');
	// -layout: columns aligned by spaces; plain: column after column; -raw: content order, one row per line
	// with single spaces (what a PDF viewer's copy gives).
	const forms = [
		['cv3040-2019-pdf-layout.txt', ['-layout']],
		['cv3040-2019-pdf-raw.txt', []],
		['cv3040-2019-pdf-rows.txt', ['-raw']]
	] as const;
	for (const [name, args] of forms) {
		execFileSync('pdftotext', [...args, '-enc', 'UTF-8', pdf, path.join(OUT, name)]);
		console.log(`wrote ${OUT}/${name} (${readFileSync(path.join(OUT, name), 'utf8').split('\n').length} lines)`);
	}
}

async function provincialWorkbook(): Promise<void> {
	const wb = new ExcelJS.Workbook();
	wb.created = new Date('2019-08-21T00:00:00Z');
	wb.modified = wb.created;
	const ws = wb.addWorksheet('Báo cáo');
	ws.addRow(['BẢO HIỂM XÃ HỘI VIỆT NAM', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
	ws.addRow(['BAN CÔNG NGHỆ THÔNG TIN', null, null, 'Độc lập - Tự do - Hạnh phúc']);
	ws.addRow([]);
	ws.addRow(['TỶ LỆ GIAO DỊCH ĐIỆN TỬ LĨNH VỰC THỰC HIỆN CHÍNH SÁCH BHXH']);
	ws.mergeCells('A4:E4');
	ws.addRow(['Số liệu đến ngày 20/8/2019']);
	ws.mergeCells('A5:E5');
	ws.addRow(['STT', 'Đơn vị', 'Hồ sơ', null, 'Tỷ lệ']);
	ws.addRow([null, null, 'Giao dịch điện tử', 'Tổng số', null]);
	ws.mergeCells('C6:D6');
	ws.mergeCells('A6:A7');
	ws.mergeCells('B6:B7');
	ws.mergeCells('E6:E7');
	const rows = [...appendix.observations].sort((a, b) => a.electronic / a.total - b.electronic / b.total);
	rows.forEach((o, i) => {
		const row = ws.addRow([i + 1, o.sourceName, o.electronic, o.total, o.electronic / o.total]);
		row.getCell(3).numFmt = '#,##0';
		row.getCell(4).numFmt = '#,##0';
		row.getCell(5).numFmt = '0.00%';
	});
	const e = rows.reduce((s, o) => s + o.electronic, 0);
	const t = rows.reduce((s, o) => s + o.total, 0);
	const total = ws.addRow([null, 'Tổng cộng', e, t, e / t]);
	total.getCell(5).numFmt = '0.00%';
	ws.addRow([]);
	ws.addRow([null, null, null, 'Hà Nội, ngày 20 tháng 8 năm 2019']);
	ws.addRow([null, 'Người lập biểu', null, 'GIÁM ĐỐC']);
	ws.addRow([null, '(Ký, ghi rõ họ tên)', null, '(Ký tên, đóng dấu)']);
	ws.addRow([]);
	ws.addRow([null, 'Nguyễn Văn An', null, 'Trần Thị Bình']);
	const file = path.join(OUT, 'cv3040-2019-provincial.xlsx');
	writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
	console.log(`wrote ${file}`);
}

await provincialWorkbook();
if (!process.argv.includes('--no-pdf')) await pdfText();
