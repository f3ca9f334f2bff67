import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { buildImport, readFileTable } from '../../../../src/lib/data/import/index';
import { detectLegacyEncoding, tcvn3ToUnicode } from '../../../../src/lib/data/import/legacy-encodings';
import { buildRanking } from '../../../../src/lib/metrics/ranking';

const reference = embedded.reference;
const TCVN3 = 'µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦';
const LETTERS = 'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ';
/** Unicode → TCVN3, as a .VnTime document stores it (capitals of the .VnTimeH font are the small letters' bytes). */
const toTcvn3 = (s: string) =>
	[...s.normalize('NFC')].map((c) => (LETTERS.indexOf(c) >= 0 ? TCVN3[LETTERS.indexOf(c)] : LETTERS.indexOf(c.toLowerCase()) >= 0 ? TCVN3[LETTERS.indexOf(c.toLowerCase())] : c)).join('');
const bytesOf = (latin: string) => Uint8Array.from([...latin].map((c) => c.charCodeAt(0)));
const ranking = (obs: readonly { unitCode: string; electronic: number; total: number }[]) =>
	buildRanking(obs.map((o) => ({ code: o.unitCode, electronic: o.electronic, total: o.total })), reference.provinces, 'asc', 8000);
const semicolon = readFileSync('tests/fixtures/cv3040-2019-excel-semicolon.csv', 'utf8').replace(/^\uFEFF/, '');

describe('legacy Vietnamese encodings', () => {
	it.each([
		['B¶o Th¾ng', 'Bảo Thắng'],
		['Hµ Néi', 'Hà Nội'],
		['§µ N½ng', 'Đà Nẵng'],
		['Thõa Thiªn HuÕ', 'Thừa Thiên Huế'],
		['M\u00adêng Kh\u00ad¬ng', 'Mường Khương'],
		['Tæng céng', 'Tổng cộng']
	])('TCVN3 %j is %j', (tcvn3, unicode) => {
		expect(tcvn3ToUnicode(tcvn3)).toBe(unicode);
		expect(toTcvn3(unicode).toLowerCase()).toBe(tcvn3.toLowerCase());
	});

	it('tells TCVN3, VNI and Unicode apart', () => {
		expect(detectLegacyEncoding(toTcvn3(semicolon))).toBe('tcvn3');
		expect(detectLegacyEncoding('Tænh;Ñieän töû;Toång soá\nHaø Noäi;1;2\nHaûi Phoøng;3;4\nÑaø Naüng;5;6\nThöøa Thieân Hueá;7;8')).toBe('vni');
		expect(detectLegacyEncoding(semicolon)).toBeNull();
		expect(detectLegacyEncoding('Ha Noi;1;2\nHai Phong;3;4')).toBeNull();
	});

	it('a CSV saved from a .VnTime spreadsheet (TCVN3 bytes) is converted and ranked exactly like the appendix', async () => {
		const source = await readFileTable('tcvn3.csv', bytesOf(toTcvn3(semicolon)));
		expect(source.encoding).toBe('tcvn3');
		const result = buildImport(source.table, source.layout, { roles: source.layout.roles, period: '2019-08-20', indicator: 'benefits_e_dossiers' }, reference);
		expect(result.counts).toMatchObject({ imported: 63, rejected: 0 });
		expect(ranking(result.observations)).toEqual(ranking(embedded.appendix.observations));
	});

	it('a workbook whose cells hold TCVN3 text is converted', async () => {
		const wb = new ExcelJS.Workbook();
		const ws = wb.addWorksheet('Sheet1');
		for (const line of semicolon.trim().split('\r\n')) ws.addRow(line.split(';').map(toTcvn3));
		const source = await readFileTable('tcvn3.xlsx', new Uint8Array(await wb.xlsx.writeBuffer()));
		expect(source.encoding).toBe('tcvn3');
		expect(source.table.rows[2][1]).toBe('BHXH Tp. Hà Nội');
	});

	it('a VNI file stops with a message naming the encoding and the file', async () => {
		const vni = 'Tænh;Ñieän töû;Toång soá\r\nHaø Noäi;1;2\r\nHaûi Phoøng;3;4\r\nÑaø Naüng;5;6\r\nThöøa Thieân Hueá;7;8\r\n';
		await expect(readFileTable('vni.csv', bytesOf(vni))).rejects.toThrow(/^vni\.csv: The text looks like it is in the legacy VNI \(VNI-Times\) encoding/);
	});
});
