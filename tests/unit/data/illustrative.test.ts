import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../src/lib/data/embedded';
import { embeddedDatasets } from '../../../src/lib/data/catalog';
import { generateIllustrative2019, illustrativeCsv, ILLUSTRATIVE_2019, ILLUSTRATIVE_MONTHS } from '../../../src/lib/data/illustrative/monthly-2019';

describe('the illustrative monthly dataset ("Dữ liệu minh họa")', () => {
	it('is exactly what the seeded generator prints from the 2019 appendix', () => {
		const appendix = embedded.appendix.observations.map((o) => ({ unitCode: o.unitCode, electronic: o.electronic, total: o.total }));
		expect(illustrativeCsv(generateIllustrative2019(appendix))).toBe(readFileSync(ILLUSTRATIVE_2019.file, 'utf8'));
	});

	it('is registered as illustrative, labelled so, and never shares a period with the appendix', () => {
		const dataset = embeddedDatasets.find((d) => d.info.id === ILLUSTRATIVE_2019.id)!;
		expect(dataset.info.nature).toBe('illustrative');
		expect(dataset.info.titleVi).toMatch(/^Dữ liệu minh họa/);
		expect(dataset.info.source).toMatch(/không phải số liệu thật/);
		expect(dataset.observations).toHaveLength(63 * ILLUSTRATIVE_MONTHS.length * 2);
		const periods = new Set(dataset.observations.map((o) => o.period));
		expect([...periods].sort()).toEqual(ILLUSTRATIVE_MONTHS);
		expect(periods.has(embedded.appendix.observations[0].period)).toBe(false);
	});

	it('changes with the seed (the seed is what makes it reproducible)', () => {
		const appendix = embedded.appendix.observations.slice(0, 3).map((o) => ({ unitCode: o.unitCode, electronic: o.electronic, total: o.total }));
		expect(illustrativeCsv(generateIllustrative2019(appendix, 1))).not.toBe(illustrativeCsv(generateIllustrative2019(appendix, 2)));
	});
});
