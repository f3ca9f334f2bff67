import { readFileSync } from 'node:fs';
import { embedded } from '../../../src/lib/data/embedded';
import { buildReport, DEFAULT_LETTER, type ReportInput, type ReportModel } from '../../../src/lib/export/report-model';
import type { UnitCounts } from '../../../src/lib/metrics/ranking';

const { reference } = embedded;

/** The 2019 counts per unit, summed in plain code (the DuckDB query is tested elsewhere). */
export function counts2019(units: 63 | 34 = 63): UnitCounts[] {
	const byCode = new Map<string, UnitCounts>();
	for (const o of embedded.appendix.observations) {
		const code = units === 63 ? o.unitCode : reference.crosswalk.get(o.unitCode)!;
		const c = byCode.get(code) ?? { code, electronic: 0, total: 0 };
		c.electronic += o.electronic;
		c.total += o.total;
		byCode.set(code, c);
	}
	return [...byCode.values()];
}

export function model2019(overrides: Partial<ReportInput> = {}): ReportModel {
	const units = overrides.unitSet ?? 63;
	return buildReport({
		counts: counts2019(units),
		units: units === 63 ? reference.provinces : reference.units34,
		unitSet: units,
		indicator: reference.indicators.find((i) => i.id === 'benefits_e_dossiers')!,
		period: '2019-08-20',
		periodText: 'Đến 20/08/2019',
		source: embedded.appendix.info.source,
		order: 'asc',
		targetHundredths: 8000,
		highlightBelow: false,
		letter: { ...DEFAULT_LETTER, number: '3040/BHXH-CNTT', dateIso: '2019-08-20' },
		...overrides
	});
}

/** The 63 appendix rows as the letter prints them (tests/fixtures holds the seed text). */
export function appendixFromLetter(): { stt: string; name: string; electronic: string; total: string; rate: string }[] {
	const text = readFileSync(new URL('../../fixtures/cv3040-2019-letter.txt', import.meta.url), 'utf8');
	const cells = text
		.slice(text.indexOf('PHỤ LỤC'))
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	const start = cells.indexOf('Tổng số') + 1;
	const rows = [];
	for (let i = start; i + 5 <= cells.length; i += 5) {
		const [stt, name, electronic, total, rate] = cells.slice(i, i + 5);
		rows.push({ stt, name, electronic, total, rate });
	}
	return rows;
}
