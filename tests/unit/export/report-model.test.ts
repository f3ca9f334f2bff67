import { describe, expect, it } from 'vitest';
import { letterBody, letterSubject } from '../../../src/lib/export/docx-report';
import { letterDate, rowTexts } from '../../../src/lib/export/report-model';
import { appendixFromLetter, model2019 } from './fixture-2019';

describe('the report model of the 2019 data', () => {
	const model = model2019();

	it('holds the 63 appendix rows in the letter order with the printed figures', () => {
		const letter = appendixFromLetter();
		expect(model.rows).toHaveLength(63);
		expect(letter).toHaveLength(63);
		model.rows.forEach((row, i) => {
			const t = rowTexts(row);
			expect([String(row.stt), t.electronic, t.total, t.rate]).toEqual([letter[i].stt, letter[i].electronic, letter[i].total, letter[i].rate]);
		});
		expect(model.rows[0].unit).toBe('BHXH TP Hà Nội');
		expect(model.rows[62].unit).toBe('BHXH TP Hồ Chí Minh');
	});

	it('writes the title, the attachment line and the national total', () => {
		expect(model.title).toBe('TỶ LỆ GIAO DỊCH ĐIỆN TỬ LĨNH VỰC THỰC HIỆN CHÍNH SÁCH BHXH');
		expect(model.attachmentLine).toBe('(Kèm theo Công văn số 3040/BHXH-CNTT ngày 20 tháng 08 năm 2019 của BHXH Việt Nam)');
		expect(rowTexts(model.national)).toEqual({ electronic: '1.545.438', total: '4.177.524', rate: '36,99%' });
		expect(model.sourceLine).toMatch(/^Nguồn số liệu: .+; số liệu đến 20\/08\/2019\.$/);
	});

	it.each([
		[null, 'ngày      tháng      năm'],
		['2021-07-05', 'ngày 05 tháng 07 năm 2021'],
		['2019-12-31', 'ngày 31 tháng 12 năm 2019']
	])('dates the letter %s as "%s"', (iso, text) => {
		expect(letterDate(iso)).toBe(text);
	});

	it('orders best first and marks rows below the target only when asked', () => {
		const desc = model2019({ order: 'desc', highlightBelow: true, targetHundredths: 5000 });
		expect(desc.rows[0].unit).toBe('BHXH TP Hồ Chí Minh');
		expect(desc.rows.filter((r) => r.below).length).toBe(63 - desc.meetingTarget!);
		expect(model.rows.some((r) => r.below)).toBe(false);
	});

	it('sums onto the 34 units without changing the national total', () => {
		const m34 = model2019({ unitSet: 34 });
		expect(m34.rows).toHaveLength(34);
		expect(m34.national).toEqual(model.national);
		expect(m34.sourceLine).toContain('34 đơn vị');
	});

	it('generates the letter body from the figures', () => {
		const body = letterBody(model).join('\n');
		expect(letterSubject(model)).toBe('V/v tỷ lệ giao dịch điện tử lĩnh vực thực hiện chính sách BHXH');
		expect(body).toContain('đạt 36,99% (1.545.438 hồ sơ giao dịch điện tử trên tổng số 4.177.524 hồ sơ)');
		expect(body).toContain(`có ${model.meetingTarget}/63 đơn vị đạt mục tiêu`);
		expect(body).toContain('BHXH TP Hà Nội (0,00%), BHXH Tỉnh Tiền Giang (0,22%), BHXH Tỉnh Lào Cai (0,43%)');
	});
});
