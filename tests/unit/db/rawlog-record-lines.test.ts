import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { createResolver } from '../../../src/lib/geo/resolve';
import { bothEngines, readLog } from '../fixtures/engine';

// DuckDB names a rejected record by its byte position; the line an editor shows is counted from there
// (linesAtPositions, tested with the records' first bytes in rawlog-line-ends.test.ts).
describe('raw-log rejection examples give the file physical lines', () => {
	it.each(bothEngines())('$name: a malformed line after a quoted line break is named by its line in the file', async (e) => {
		const text = [
			'Ngày tiếp nhận;Tỉnh/TP;Lĩnh vực;Hình thức nộp',
			'15/03/2024;"BHXH Tp.\nHà Nội";Tham gia;Điện tử',
			'2024-03-16;TP HCM;Giải quyết chế độ;giấy',
			'2024-03-18;Đắk Lắk'
		].join('\n');
		const outcome = await readLog(e, 'q.csv', text, { granularity: 'month', defaultIndicator: 'benefits_e_dossiers', resolver: createResolver(embedded.reference.provinces) });
		if (outcome.status !== 'done') throw new Error('cancelled');
		const malformed = outcome.summary.rejections.find((r) => r.reason === 'malformed-line');
		expect(malformed?.examples[0]).toMatch(/^#5 /);
	});
});
