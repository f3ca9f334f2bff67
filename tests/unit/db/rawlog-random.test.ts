import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { embedded } from '../../../src/lib/data/embedded';
import { detectRawLogColumns, readPreamble } from '../../../src/lib/data/rawlog/columns';
import { generateRawLog } from '../../oracles/rawlog/generate';
import { seededRandom as mulberry32 } from '../../../src/lib/data/seeded-random';
import { createJsAggregator } from '../../oracles/rawlog/js-aggregate';
import { summariseRawLog } from '../../../src/lib/data/rawlog/summarise';
import { createResolver } from '../../../src/lib/geo/resolve';
import { bothEngines, readLog } from '../fixtures/engine';

// Seeded random logs with junk mixed in (wrong field counts, odd Unicode, blank lines, CRLF, long
// cells), read by the one-pass reader on both engines. For every one: no unexplained error, every non-blank data line
// counted once, imported + rejected = rows read, and DuckDB agrees with the PapaParse reference.
const provinces = embedded.reference.provinces;
const resolver = createResolver(provinces);
const info = { id: 'r', titleVi: '', titleEn: '', source: '', nature: 'real', unitSet: 63 } as const;
const JUNK_CELLS = ['', ' ', 'điện tử', 'GDĐT', '2024-02-29', '29/02/2023', 'Hà Nội', 'Ha Noi', '<script>x</script>', '💥', 'Đắk Lắk'.normalize('NFD'), 'x'.repeat(300), '0', '-1'];

function randomLog(seed: number): { text: string; dataLines: number } {
	const random = mulberry32(seed);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
	const base = [...generateRawLog({ rows: 200 + Math.floor(random() * 400), seed, provinces, badShare: 0.05 })].join('');
	const [comment, header, ...rows] = base.trimEnd().split('\n');
	const out: string[] = [];
	for (const row of rows) {
		out.push(row);
		const r = random();
		if (r < 0.05) out.push(Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(JUNK_CELLS)).join(','));
		else if (r < 0.07) out.push('');
	}
	const eol = random() < 0.5 ? '\n' : '\r\n';
	const text = [comment, header, ...out].join(eol) + (random() < 0.5 ? eol : '');
	return { text, dataLines: out.filter((l) => l !== '').length };
}

describe('random logs with junk', () => {
	it.each(bothEngines())('$name: every non-blank line is counted once, conservation holds, DuckDB agrees with JavaScript', async (e) => {
		let malformed = 0;
		for (let seed = 1; seed <= 12; seed++) {
			const { text, dataLines } = randomLog(seed);
			const bytes = new TextEncoder().encode(text);
			const outcome = await readLog(e, `random-${seed}.csv`, bytes, { granularity: 'month', defaultIndicator: 'benefits_e_dossiers', resolver });
			if (outcome.status !== 'done') throw new Error('cancelled');
			const s = outcome.summary;
			malformed += s.rejections.find((r) => r.reason === 'malformed-line')?.rows ?? 0;
			expect(s.rowsRead, `seed ${seed}`).toBe(dataLines);
			expect(s.imported + s.rejectedRows, `seed ${seed}`).toBe(s.rowsRead);

			const preamble = readPreamble(bytes);
			if (!preamble.ok) throw new Error(preamble.reason);
			const detected = detectRawLogColumns(preamble.header);
			if (!detected.ok) throw new Error('columns');
			const agg = createJsAggregator(detected.columns, preamble.header.length);
			for (const row of Papa.parse<string[]>(new TextDecoder().decode(bytes.subarray(preamble.dataStart)), { delimiter: ',', skipEmptyLines: true }).data) agg.add(row);
			const js = summariseRawLog(agg.groups(), agg.malformed(), { info, granularity: 'month', defaultIndicator: 'benefits_e_dossiers', resolver });
			expect(s.dataset.observations, `seed ${seed}`).toEqual(js.dataset.observations);
			expect(Object.fromEntries(s.rejections.map((r) => [r.reason, r.rows])), `seed ${seed}`).toEqual(Object.fromEntries(js.rejections.map((r) => [r.reason, r.rows])));
		}
		// The junk did reach the reader: lines with the wrong number of fields were met and counted.
		expect(malformed).toBeGreaterThan(50);
	});
});
