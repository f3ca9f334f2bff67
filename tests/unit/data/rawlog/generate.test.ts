import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { generateRawLog, type GenerateStats } from '../../../oracles/rawlog/generate';
import { seededRandom as mulberry32 } from '../../../../src/lib/data/seeded-random';
import { readPreamble } from '../../../../src/lib/data/rawlog/columns';

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
});
