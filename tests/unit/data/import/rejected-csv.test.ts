import { describe, expect, it } from 'vitest';
import { rejectedRowsCsv } from '../../../../src/lib/data/import/rejected-csv';
import { importText } from './helpers';

describe('rejected rows as CSV', () => {
	it('keeps the original cells under the file header, adds the row and the reasons, BOM first, formulas defused', () => {
		const { source, result } = importText('Tỉnh;GDĐT;Tổng số\nHà Nội;1;2\nHanoii;1;2\nHà Giang;3;2\n=HYPERLINK("x");1;2\nTổng cộng;5;6', {
			period: '2019',
			indicator: 'benefits_e_dossiers'
		});
		expect(result.counts).toEqual({ read: 5, imported: 1, setAside: 1, rejected: 3 });
		expect(rejectedRowsCsv(result, source.layout.labels, 'vi')).toBe(
			'\uFEFFDòng,Tỉnh,GDĐT,Tổng số,Lý do\r\n' +
				'3,Hanoii,1,2,Tỉnh: không nhận ra tỉnh/đơn vị; có phải: Hà Nội (01)?\r\n' +
				'4,Hà Giang,3,2,GDĐT: số hồ sơ điện tử lớn hơn tổng số (2)\r\n' +
				`5,"'=HYPERLINK(""x"")",1,2,Tỉnh: không nhận ra tỉnh/đơn vị`
		);
	});
});
