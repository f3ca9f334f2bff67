// Writes tests/fixtures/cv3040-2019-excel-semicolon.csv: the 2019 appendix as Excel (Vietnamese locale)
// saves "CSV UTF-8": BOM, semicolons, CRLF, the two-row header with a merged cell, Vietnamese numbers.
// Run: node scripts/make-import-fixtures.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const lines = readFileSync('data/bhxh-3040-2019.csv', 'utf8').trim().split('\n').slice(1);
const vi = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const out = ['STT;Đơn vị;Hồ sơ;;Tỷ lệ', ';;Giao dịch điện tử;Tổng số;'];
for (const line of lines) {
	const [stt, , name, , , electronic, total, rate] = line.split(',');
	out.push([stt, name, vi(electronic), vi(total), `${rate.replace('.', ',')}%`].join(';'));
}
const sumE = lines.reduce((s, l) => s + Number(l.split(',')[5]), 0);
const sumT = lines.reduce((s, l) => s + Number(l.split(',')[6]), 0);
out.push(`;Tổng cộng;${vi(sumE)};${vi(sumT)};${((sumE / sumT) * 100).toFixed(2).replace('.', ',')}%`);
writeFileSync('tests/fixtures/cv3040-2019-excel-semicolon.csv', '\uFEFF' + out.join('\r\n') + '\r\n');
