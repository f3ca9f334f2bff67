import { writeFileSync } from 'node:fs';
import { parsePeriod } from '../lib/base/period';
import { formatPeriod } from '../lib/i18n/format';
import { periodFromText } from '../lib/data/import/period-text';
import { unitCounts } from '../lib/db/queries';
import { buildReport, DEFAULT_LETTER } from '../lib/export/report-model';
import { reportSource } from '../lib/export/report-source';
import { parseTargetPercent } from '../lib/state/view-state';
import { engineChoices, ENGINE_OPTIONS, oneOf, readOptions, UsageError } from './args';
import { loadEmbeddedFromDisk } from './files';
import { loadInputDataset } from './input';
import { chooseContents, openDataset } from './open';

export const REPORT_USAGE = `  npm run --silent cli -- report --input FILE --format docx|xlsx|csv --out FILE [--letter]
       [--order asc|desc] [--units 63|34] [--number "3040/BHXH-CNTT"] [--date 2019-08-20]
       [--issuer "Bảo hiểm xã hội tỉnh Khánh Hòa"] [--place "Khánh Hòa"] [--target 80] [--highlight] [--period P] [--indicator ID]
       [--memory 3GB] [--threads N]

  report Writes the ranking of FILE as the appendix of an official letter (Nghị định 30/2020):
         docx (the appendix; with --letter, a draft letter followed by the appendix), xlsx or csv
         (Vietnamese formats, UTF-8 with BOM). --units 34 sums the 63 provinces onto the 34 units of
         1 July 2025. --highlight shades the rows below --target (percent, default 80).
         FILE may be a raw dossier log, as for rank (--memory, --threads as for aggregate).`;

const FLAGS = ['letter', 'highlight'];

/** Splits boolean flags (no value) from the "--name value" options the shared reader expects. */
function splitFlags(argv: readonly string[]): { flags: Set<string>; rest: string[] } {
	const flags = new Set<string>();
	const rest: string[] = [];
	for (const arg of argv) {
		const name = arg.startsWith('--') ? arg.slice(2) : null;
		if (name !== null && FLAGS.includes(name)) {
			if (flags.has(name)) throw new UsageError(`--${name} given twice`);
			flags.add(name);
		} else rest.push(arg);
	}
	return { flags, rest };
}

function isoDate(value: string): string {
	const period = parsePeriod(value);
	if (!period || period.kind !== 'asOf') throw new UsageError(`--date is a date written YYYY-MM-DD; got "${value}"`);
	return value;
}

export async function report(argv: readonly string[]): Promise<number> {
	const { flags, rest } = splitFlags(argv);
	const options = readOptions(rest, ['input', 'format', 'out', 'order', 'units', 'number', 'date', 'issuer', 'place', 'target', 'period', 'indicator', ...ENGINE_OPTIONS]);
	const engine = engineChoices(options);
	const input = options.get('input');
	if (!input) throw new UsageError('--input FILE is required');
	const out = options.get('out');
	if (!out) throw new UsageError('--out FILE is required');
	if (!options.has('format')) throw new UsageError('--format docx|xlsx|csv is required');
	const format = oneOf(options, 'format', ['docx', 'xlsx', 'csv'] as const, 'docx');
	const order = oneOf(options, 'order', ['asc', 'desc'] as const, 'asc');
	const units = oneOf(options, 'units', ['63', '34'] as const, '63');
	if (flags.has('letter') && format !== 'docx') throw new UsageError('--letter goes with --format docx');
	const targetText = options.get('target') ?? '80';
	const targetHundredths = parseTargetPercent(targetText);
	if (targetHundredths === null) throw new UsageError(`--target is a percentage from 0 to 100; got "${targetText}"`);
	const dateIso = options.has('date') ? isoDate(options.get('date')!) : null;

	const { reference } = loadEmbeddedFromDisk();
	// A file without period or indicator columns takes them from --period/--indicator, as `rank` does.
	const wantedPeriod = options.has('period') ? (periodFromText(options.get('period')!) ?? options.get('period')!) : undefined;
	const dataset = await loadInputDataset(input, reference, { period: wantedPeriod, indicator: options.get('indicator'), engine });
	const { db, close } = await openDataset(dataset, reference);
	try {
		const selected = await chooseContents(db, dataset, { period: wantedPeriod, indicator: options.get('indicator') }, input);
		const indicator = reference.indicators.find((i) => i.id === selected.indicator)!;
		const to34 = units === '34';
		const counts = await unitCounts(db, { dataset: dataset.info.id, period: selected.period, indicator: selected.indicator }, { toUnits34: to34 });
		const period = parsePeriod(selected.period);
		const model = buildReport({
			counts,
			units: to34 ? reference.units34 : reference.provinces,
			unitSet: to34 ? 34 : 63,
			indicator,
			period: selected.period,
			periodText: period ? formatPeriod(period, 'vi') : selected.period,
			source: reportSource(dataset.info, null),
			order,
			targetHundredths,
			highlightBelow: flags.has('highlight'),
			letter: {
				...DEFAULT_LETTER,
				number: options.get('number') ?? '',
				dateIso,
				...(options.has('place') ? { place: options.get('place')! } : {}),
				// A provincial office names BHXH Việt Nam above itself and signs as its director.
				...(options.has('issuer')
					? {
							parentBody: DEFAULT_LETTER.issuer,
							issuer: options.get('issuer')!.toLocaleUpperCase('vi'),
							issuerShort: options.get('issuer')!,
							signerTitle: 'GIÁM ĐỐC'
						}
					: {})
			}
		});
		const { exportReport } = await import('../lib/export/export-report');
		writeFileSync(out, await exportReport(model, flags.has('letter') ? 'letter' : format));
		return 0;
	} finally {
		await close();
	}
}
