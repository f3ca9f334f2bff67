import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { generateRawLog, type GenerateStats } from '../../../oracles/rawlog/generate';
import { seededRandom as mulberry32 } from '../../../../src/lib/data/seeded-random';
import { readPreamble } from '../../../../src/lib/data/rawlog/columns';
import { officeColumnOf } from '../../../../src/lib/data/rawlog/office';
import Papa from 'papaparse';
import { createHash } from 'node:crypto';

const provinces = embedded.reference.provinces;
const stats = (): GenerateStats => ({ rows: 0, planted: { badDate: 0, unknownProvince: 0, unknownChannel: 0, unknownField: 0 } });

describe('generateRawLog', () => {
	it('mulberry32 is deterministic and in [0, 1)', () => {
		const a = mulberry32(42);
		const b = mulberry32(42);
		const xs = Array.from({ length: 1000 }, () => a());
		expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
		expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
		expect(mulberry32(43)()).not.toBe(xs[0]);
	});

	it('the same seed gives the same bytes; another seed other bytes', () => {
		const text = (seed: number) => [...generateRawLog({ rows: 2000, seed, provinces, batch: 300 })].join('');
		expect(text(7)).toBe(text(7));
		expect(text(7)).not.toBe(text(8));
	});

	it('writes the requested rows, says SYNTHETIC on its first line and counts what it planted', () => {
		const s = stats();
		const text = [...generateRawLog({ rows: 5000, seed: 3, provinces, badShare: 0.05 }, s)].join('');
		const lines = text.trimEnd().split('\n');
		expect(lines).toHaveLength(5002);
		expect(lines[0]).toMatch(/^# SYNTHETIC: dữ liệu giả lập/);
		const preamble = readPreamble(new TextEncoder().encode(text.slice(0, 4000)));
		expect(preamble.ok && preamble.synthetic).toBe(true);
		expect(s.rows).toBe(5000);
		const planted = Object.values(s.planted).reduce((a, b) => a + b, 0);
		expect(planted).toBeGreaterThan(150);
		expect(planted).toBeLessThan(350);
	});

	it('without offices, the bytes of every earlier bench log (digest of seed 7, 2.000 rows)', () => {
		const text = [...generateRawLog({ rows: 2000, seed: 7, provinces, batch: 300 })].join('');
		expect(createHash('sha256').update(text).digest('hex')).toBe('72d76f67e1ed1d86217d21134ce21917dbd464c20b613ffa025fdd9bf3b8c142');
		expect([...generateRawLog({ rows: 2000, seed: 7, provinces, batch: 300, offices: 0 })].join('')).toBe(text);
	});

	it('with offices, an office column the importer finds, each office named alike and within its province', () => {
		const text = [...generateRawLog({ rows: 3000, seed: 5, provinces, offices: 12, badShare: 0 })].join('');
		const rows = Papa.parse<string[]>(text.slice(text.indexOf('\n') + 1), { skipEmptyLines: true }).data;
		const [header, ...data] = rows;
		expect(officeColumnOf(header)).toBe(5);
		expect(data).toHaveLength(3000);
		const byName = new Map(provinces.map((p) => [p.name, p]));
		const seen = new Set<number>();
		for (const row of data) {
			expect(row).toHaveLength(6);
			const m = /^BHXH huyện (\d+) \((.+)\)$/.exec(row[5]);
			expect(m, row.join(',')).not.toBeNull();
			const k = Number(m![1]);
			expect(k >= 1 && k <= 12).toBe(true);
			seen.add(k);
			// The row's province, however it is spelled (name, code, BHXH prefix, variant), is the office's.
			const p = byName.get(m![2])!;
			expect(p).toBeDefined();
			expect([p.name, p.code, p.name.normalize('NFD'), ...p.variants].some((spelling) => row[2].includes(spelling))).toBe(true);
		}
		expect(seen.size).toBe(12);
		expect(() => [...generateRawLog({ rows: 1, seed: 1, provinces, offices: 1.5 })]).toThrow(/offices/);
	});
});

