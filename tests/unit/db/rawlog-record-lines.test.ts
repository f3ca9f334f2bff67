import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { physicalLineOfRecord } from '../../../src/lib/data/rawlog/record-lines';
import { createNodeConnector } from '../../../src/lib/db/node';
import { importRawLog, memoryByteSource } from '../../../src/lib/db/rawlog-import';
import { createResolver } from '../../../src/lib/geo/resolve';

const encode = (text: string) => new TextEncoder().encode(text);

describe('raw-log rejection examples give the file physical lines', () => {
	it.each([
		['a\nb\nc\n', 3, 3],
		['a\n"x\ny"\nc\n', 3, 4],
		['"p\nq\nr"\nb\nc\n', 2, 4],
		['a\r\n"x\r\ny"\r\nc\r\n', 3, 4]
	])('%j: record %i starts on line %i', (text, record, line) => {
		expect(physicalLineOfRecord(encode(text), record)).toBe(line);
	});

	it('a malformed line after a quoted line break is named by its line in the file', async () => {
		const text = [
			'Ngày tiếp nhận;Tỉnh/TP;Lĩnh vực;Hình thức nộp',
			'15/03/2024;"BHXH Tp.\nHà Nội";Tham gia;Điện tử',
			'2024-03-16;TP HCM;Giải quyết chế độ;giấy',
			'2024-03-18;Đắk Lắk'
		].join('\n');
		const db = await createNodeConnector();
		try {
			const outcome = await importRawLog(db, memoryByteSource('q.csv', encode(text)), {
				granularity: 'month',
				defaultIndicator: 'benefits_e_dossiers',
				resolver: createResolver(embedded.reference.provinces)
			});
			if (outcome.status !== 'done') throw new Error('cancelled');
			const malformed = outcome.summary.rejections.find((r) => r.reason === 'malformed-line');
			expect(malformed?.examples[0]).toMatch(/^#5 /);
		} finally {
			await db.close();
		}
	});
});
