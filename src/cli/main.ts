import { DataFileError } from '../lib/base/data-file-error';
import { unitCounts } from '../lib/db/queries';
import { QueryError } from '../lib/db/query-error';
import { rankingCsv } from '../lib/export/ranking-csv';
import { unitsOf } from '../lib/geo/crosswalk';
import { officeName } from '../lib/geo/names';
import { buildRanking } from '../lib/metrics/ranking';
import { engineChoices, ENGINE_OPTIONS, oneOf, readOptions, UsageError } from './args';
import { loadEmbeddedFromDisk } from './files';
import { LineAccountError, loadInput, RejectedRowsError } from './input';
import { chooseContents, openDataset } from './open';
import { report, REPORT_USAGE } from './report';
import { AGGREGATE_USAGE } from './aggregate-usage';
import { publish, PUBLISH_USAGE } from './publish';
import { ImportError } from '../lib/data/import/errors';
import { periodFromText, usesUnits34 } from '../lib/data/import/period-text';
import { GRANULARITIES } from '../lib/data/rawlog/period';

const USAGE = `Usage:
  npm run --silent cli -- rank --input FILE [--order asc|desc] [--format csv] [--period P] [--indicator ID] [--units 63|34]
       [--granularity month|quarter|year] [--memory 3GB] [--threads N]

  rank   Ranks the units of FILE by rate (electronic / total) and prints CSV to stdout.
         FILE is anything the import page accepts: CSV/TSV/TXT (any delimiter, UTF-8 or UTF-16),
         the table copied out of a Word letter, or .xlsx; long form (one row per unit, period,
         indicator) or the appendix form (unit, electronic, total, rate). Columns are found by their
         Vietnamese or English headers. A file without a period column needs --period; without an
         indicator column, --indicator (default benefits_e_dossiers).
         --order asc is the appendix order (STT 1 = lowest); desc is best first. Without
         --period/--indicator, the latest period is used.
         Findings (file, line or row, column, value, reason) go to stderr. When rows were rejected
         the ranking of the rows that were imported is still printed, and the exit code is 1.
         --units 34 ranks the 34 units of 1 July 2025: the 63 provinces' figures are summed onto
         them through the crosswalk (numerators and denominators, never rates); the CSV gives the
         new unit's code and name. Periods from July 2025 are already by the 34 units.
         FILE may also be a raw dossier log (one row per dossier; its header names a date, a
         province and a channel, e.g. Ngày tiếp nhận, Tỉnh, Lĩnh vực, Kênh): DuckDB counts its
         dossiers per unit and month (--granularity quarter|year, or that of --period); rejected
         dossiers are listed by reason on stderr and make the exit code 1. Reports read logs too.
         --memory and --threads bound DuckDB as for aggregate (default 3GB, every core).

${REPORT_USAGE}

${AGGREGATE_USAGE}

${PUBLISH_USAGE}`;

async function rank(argv: readonly string[]): Promise<number> {
	const options = readOptions(argv, ['input', 'order', 'format', 'period', 'indicator', 'units', 'granularity', ...ENGINE_OPTIONS]);
	const engine = engineChoices(options);
	const input = options.get('input');
	if (!input) throw new UsageError('--input FILE is required');
	const order = oneOf(options, 'order', ['asc', 'desc'] as const, 'asc');
	oneOf(options, 'format', ['csv'] as const, 'csv');
	const unitSet = oneOf(options, 'units', ['63', '34'] as const, '63') === '34' ? 34 : 63;

	const { reference } = loadEmbeddedFromDisk();
	const wantedPeriod = options.has('period') ? (periodFromText(options.get('period')!) ?? options.get('period')!) : undefined;
	const granularity = options.has('granularity') ? oneOf(options, 'granularity', GRANULARITIES, 'month') : undefined;
	const loaded = await loadInput(input, reference, { period: wantedPeriod, indicator: options.get('indicator'), granularity, engine });
	for (const line of loaded.findingLines) process.stderr.write(`${line}\n`);
	const { dataset } = loaded;
	if (dataset.observations.length === 0) {
		const { read, setAside, rejected } = loaded.counts;
		process.stderr.write(`${input}: nothing imported (${read} rows read, ${setAside} set aside, ${rejected} rejected)\n`);
		return 1;
	}

	const { db, close } = await openDataset(dataset, reference);
	try {
		const selected = await chooseContents(db, dataset, { period: wantedPeriod, indicator: options.get('indicator') }, input);
		const selection = { dataset: dataset.info.id, period: selected.period, indicator: selected.indicator };
		// Figures of periods from 1 July 2025 are already by the 34 units; earlier ones are summed onto them on request.
		const already34 = usesUnits34(selected.period);
		const counts = await unitCounts(db, selection, { toUnits34: unitSet === 34 && !already34 });
		const units = already34 ? reference.units34 : unitsOf(reference, unitSet);
		const byCode = new Map(units.map((p) => [p.code, p]));
		const ranking = buildRanking(counts, units, order, null);
		process.stdout.write(rankingCsv(ranking, (r) => officeName(byCode.get(r.code)!)));
		const { read, imported, setAside, rejected } = loaded.counts;
		if (rejected > 0) {
			process.stderr.write(`${input}: ${read} rows read, ${imported} imported, ${setAside} set aside, ${rejected} rejected\n`);
			return 1;
		}
		return 0;
	} finally {
		await close();
	}
}

async function main(argv: readonly string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
		console.log(USAGE);
		return command === undefined ? 2 : 0;
	}
	if (command === 'rank') return rank(rest);
	if (command === 'report') return report(rest);
	// Native DuckDB is loaded only for this command.
	if (command === 'aggregate') return (await import('./aggregate')).aggregate(rest);
	if (command === 'publish') return publish(rest);
	throw new UsageError(`unknown command "${command}"`);
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		if (error instanceof UsageError) {
			console.error(`error: ${error.message}\n\n${USAGE}`);
			process.exit(2);
		}
		if (error instanceof DataFileError || error instanceof QueryError || error instanceof ImportError || error instanceof RejectedRowsError || error instanceof LineAccountError) {
			console.error(`error: ${error.message}`);
			process.exit(1);
		}
		const code = (error as NodeJS.ErrnoException | null)?.code;
		if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') {
			console.error(`error: ${(error as Error).message}`);
			process.exit(1);
		}
		console.error(error);
		process.exit(1);
	}
);
