import { DataFileError } from '../lib/data/data-file-error';
import { createNodeConnector } from '../lib/db/node';
import { datasetContents, unitCounts } from '../lib/db/queries';
import { QueryError } from '../lib/db/query-error';
import { storeCrosswalk, storeDataset } from '../lib/db/schema';
import { rankingCsv } from '../lib/export/ranking-csv';
import { unitsOf } from '../lib/geo/crosswalk';
import { officeName } from '../lib/geo/names';
import { buildRanking } from '../lib/metrics/ranking';
import { oneOf, readOptions, UsageError } from './args';
import { loadEmbeddedFromDisk } from './files';
import { loadInputDataset } from './input';
import { report, REPORT_USAGE } from './report';

const USAGE = `Usage:
  npm run --silent cli -- rank --input FILE [--order asc|desc] [--format csv] [--period P] [--indicator ID] [--units 63|34]

  rank   Ranks the units of FILE by rate (electronic / total) and prints CSV to stdout.
         FILE is long-format CSV: province_code, period, indicator, electronic, total
         [, stated_rate, source_name]. --order asc is the appendix order (STT 1 = lowest);
         desc is best first. Without --period/--indicator, the latest period is used.
         --units 34 ranks the 34 units of 1 July 2025: the 63 provinces' figures are summed onto
         them through the crosswalk (numerators and denominators, never rates); the CSV gives the
         new unit's code and name.

${REPORT_USAGE}`;

async function rank(argv: readonly string[]): Promise<number> {
	const options = readOptions(argv, ['input', 'order', 'format', 'period', 'indicator', 'units']);
	const input = options.get('input');
	if (!input) throw new UsageError('--input FILE is required');
	const order = oneOf(options, 'order', ['asc', 'desc'] as const, 'asc');
	oneOf(options, 'format', ['csv'] as const, 'csv');
	const unitSet = oneOf(options, 'units', ['63', '34'] as const, '63') === '34' ? 34 : 63;

	const { reference } = loadEmbeddedFromDisk();
	const dataset = loadInputDataset(input, reference);

	const db = await createNodeConnector();
	try {
		await storeDataset(db, dataset);
		await storeCrosswalk(db, reference.crosswalk);
		const contents = await datasetContents(db, dataset.info.id);
		const wanted = contents.filter(
			(c) => (!options.has('period') || c.period === options.get('period')) && (!options.has('indicator') || c.indicator === options.get('indicator'))
		);
		const selected = wanted[wanted.length - 1];
		if (!selected) throw new UsageError(`no data for the given --period/--indicator in ${input}`);
		const selection = { dataset: dataset.info.id, period: selected.period, indicator: selected.indicator };
		const counts = await unitCounts(db, selection, { toUnits34: unitSet === 34 });
		const units = unitsOf(reference, unitSet);
		const byCode = new Map(units.map((p) => [p.code, p]));
		const ranking = buildRanking(counts, units, order, null);
		process.stdout.write(rankingCsv(ranking, (r) => officeName(byCode.get(r.code)!)));
		return 0;
	} finally {
		await db.close();
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
	throw new UsageError(`unknown command "${command}"`);
}

main(process.argv.slice(2)).then(
	(code) => process.exit(code),
	(error: unknown) => {
		if (error instanceof UsageError) {
			console.error(`error: ${error.message}\n\n${USAGE}`);
			process.exit(2);
		}
		if (error instanceof DataFileError || error instanceof QueryError) {
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
