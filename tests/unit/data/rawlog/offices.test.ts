import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { embedded } from '../../../../src/lib/data/embedded';
import { summariseOffices, type OfficeGroupInput } from '../../../../src/lib/data/rawlog/offices';
import { summariseRawLog, type SummariseOptions } from '../../../../src/lib/data/rawlog/summarise';
import { units34Of } from '../../../../src/lib/data/rawlog/units';
import { createResolver } from '../../../../src/lib/geo/resolve';
import { summariseOfficesOneByOne } from '../../../oracles/rawlog/offices-one-by-one';

const { reference } = embedded;
const base = {
	info: { id: 't', titleVi: '', titleEn: '', source: '', nature: 'illustrative', unitSet: 63 },
	defaultIndicator: 'benefits_e_dossiers',
	resolver: createResolver(reference.provinces)
} as const;

// Texts as the fold hands them over: canonical codes and ids, raw spellings left unknown, blanks.
const group = fc.record<OfficeGroupInput>({
	month: fc.constantFrom('2024-03', '2024-12', '2025-06', '2025-07', '2025-11', null),
	province: fc.constantFrom('01', '56', '02', 'Hà Nội', 'Hà Giang', 'Atlantis', 'BHXH huyện Tuy Phước', '', '  ', null),
	field: fc.constantFrom(null, 'participation_e_dossiers', 'benefits_e_dossiers', 'Tham gia', 'khác'),
	channel: fc.constantFrom('electronic', 'paper', 'Điện tử', 'giấy', 'fax', '', null),
	office: fc.constantFrom('A', ' A ', 'B', 'BHXH  cơ sở 1', '', null),
	dossiers: fc.integer({ min: 1, max: 50 }),
	badDate: fc.constantFrom(null, '31/02/2024', 'hôm qua')
});
const options = fc.record({
	granularity: fc.constantFrom('month', 'quarter', 'year'),
	units34: fc.boolean()
});

describe('summariseOffices: one pass, the same counts as each office through summariseRawLog', () => {
	it('equals the one-by-one definition, and the offices of a unit add up to the unit', () => {
		fc.assert(
			fc.property(fc.array(group, { maxLength: 60 }), options, (groups, o) => {
				const opts: SummariseOptions = { ...base, granularity: o.granularity, units34: o.units34 ? units34Of(reference) : undefined };
				const offices = summariseOffices(groups, opts);
				expect(offices).toEqual(summariseOfficesOneByOne(groups, opts));
				const sums = new Map<string, { electronic: number; total: number }>();
				for (const x of offices) {
					const key = `${x.unitCode}|${x.period}|${x.indicator}`;
					const s = sums.get(key) ?? { electronic: 0, total: 0 };
					sums.set(key, { electronic: s.electronic + x.electronic, total: s.total + x.total });
				}
				const units = summariseRawLog(groups, { rows: 0, examples: [] }, opts).dataset.observations;
				expect(new Map(units.map((u) => [`${u.unitCode}|${u.period}|${u.indicator}`, { electronic: u.electronic, total: u.total }]))).toEqual(sums);
			}),
			{ numRuns: 300 }
		);
	});

	it('counts an office of a province merged on 1 July 2025 under its new unit in a period of the 34 units', () => {
		// As the fold hands it over: "Hà Giang" stays raw (a province before July 2025, no unit after).
		// The year 2025 is a period of the 34 units: June's dossiers count for the merged unit; a row of
		// July still naming Hà Giang is rejected, for the office as for the province.
		const opts: SummariseOptions = { ...base, granularity: 'year', units34: units34Of(reference) };
		const out = summariseOffices(
			[
				{ month: '2025-06', province: 'Hà Giang', field: null, channel: 'electronic', office: 'BHXH huyện Vị Xuyên', dossiers: 3, badDate: null },
				{ month: '2025-06', province: 'Hà Giang', field: null, channel: 'paper', office: 'BHXH huyện Vị Xuyên', dossiers: 1, badDate: null },
				{ month: '2025-07', province: 'Hà Giang', field: null, channel: 'paper', office: 'BHXH huyện Vị Xuyên', dossiers: 2, badDate: null }
			],
			opts
		);
		const merged = units34Of(reference).crosswalk.get('02');
		expect(merged).toBeDefined();
		expect(out).toEqual([{ unitCode: merged, office: 'BHXH huyện Vị Xuyên', period: '2025', indicator: 'benefits_e_dossiers', electronic: 3, total: 4 }]);
	});
});
