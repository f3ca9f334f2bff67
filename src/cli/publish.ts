import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { planPublication, PublicationRefused } from '../lib/data/catalogue/publication';
import { periodFromText } from '../lib/data/import/period-text';
import { parseReference, REFERENCE_FILES } from '../lib/geo/reference';
import { engineChoices, ENGINE_OPTIONS, readOptions, UsageError } from './args';
import { loadCatalogueFromDir, readDataFiles, sha256Hex } from './catalogue-files';
import { loadInput } from './input';

export const PUBLISH_USAGE = `  npm run --silent cli -- publish --input FILE [--period P] [--indicator ID] [--revise "reason"] [--dry-run]
       [--source "citation"] [--dataset ID] [--data DIR] [--memory 3GB] [--threads N]

  publish Adds one period of one indicator to the catalogue of published figures (data/catalogue/),
         read from FILE exactly as rank reads it. Nothing is written when a row is rejected, the
         period does not parse, the indicator is unknown, a unit is missing, or the period and
         indicator are already published (give --revise "reason" to publish a corrected revision:
         the earlier one stays listed and retrievable). --dry-run says what it would write.
         --data DIR publishes into another copy of data/. Run npm run build afterwards.
         FILE may be a raw dossier log, as for rank (--memory, --threads as for aggregate).`;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Today in Viet Nam (UTC+7), whatever the machine's time zone. */
function todayInVietnam(now = Date.now()): string {
	return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}

/** Writes a file whole or not at all: a temporary file in the same directory, then a rename. */
function writeAtomically(file: string, text: string): void {
	mkdirSync(path.dirname(file), { recursive: true });
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
	try {
		writeFileSync(temporary, text, { encoding: 'utf8', flag: 'wx' });
		renameSync(temporary, file);
	} finally {
		rmSync(temporary, { force: true });
	}
}

function fail(message: string): number {
	process.stderr.write(`error: ${message}\n`);
	return 1;
}

export async function publish(argv: readonly string[]): Promise<number> {
	const dryRun = argv.includes('--dry-run');
	if (argv.filter((a) => a === '--dry-run').length > 1) throw new UsageError('--dry-run given twice');
	const options = readOptions(
		argv.filter((a) => a !== '--dry-run'),
		['input', 'period', 'indicator', 'revise', 'source', 'dataset', 'data', ...ENGINE_OPTIONS]
	);
	const engine = engineChoices(options);
	const input = options.get('input');
	if (!input) throw new UsageError('--input FILE is required');
	const dataDir = path.resolve(options.get('data') ?? path.join(ROOT, 'data'));
	const shown = options.has('data') ? `${options.get('data')!.replace(/\/$/, '')}/` : 'data/';
	const readData = (relative: string) => readFileSync(path.join(dataDir, relative), 'utf8');
	const reference = parseReference({
		regions: readData(path.basename(REFERENCE_FILES.regions)),
		provinces63: readData(path.basename(REFERENCE_FILES.provinces63)),
		units34: readData(path.basename(REFERENCE_FILES.units34)),
		indicators: readData(path.basename(REFERENCE_FILES.indicators))
	});
	const catalogue = loadCatalogueFromDir(dataDir, reference, shown);

	let period: string | null = null;
	if (options.has('period')) {
		period = periodFromText(options.get('period')!);
		if (period === null) return fail(`--period "${options.get('period')}" is not a period (e.g. 2025-06, 06/2025, 2025-Q2, 2025, 20/08/2019)`);
	}
	const indicator = options.get('indicator') ?? null;
	if (indicator !== null && !reference.indicators.some((i) => i.id === indicator)) {
		return fail(`--indicator "${indicator}" is not an indicator of ${shown}indicators.csv (${reference.indicators.map((i) => i.id).join(', ')})`);
	}
	const revise = options.has('revise') ? options.get('revise')!.trim() : null;
	if (revise === '') return fail('--revise needs the reason of the revision');

	const loaded = await loadInput(input, reference, { period: period ?? undefined, indicator: indicator ?? undefined, engine });
	for (const line of loaded.findingLines) process.stderr.write(`${line}\n`);
	const { read, imported, setAside, rejected } = loaded.counts;
	const countsLine = `${input}: ${read} rows read, ${imported} imported, ${setAside} set aside, ${rejected} rejected`;
	const files = readDataFiles(dataDir);
	let plan;
	try {
		plan = planPublication(
			catalogue,
			files,
			reference,
			{
				observations: loaded.dataset.observations,
				counts: loaded.counts,
				period,
				indicator,
				revise,
				dataset: options.get('dataset') ?? null,
				sourceFile: path.basename(input),
				sourceSha256: sha256Hex(readFileSync(input)),
				source: options.get('source') ?? null,
				today: todayInVietnam()
			},
			(text) => sha256Hex(text)
		);
	} catch (error) {
		if (error instanceof PublicationRefused) {
			process.stderr.write(`${countsLine}\n`);
			return fail(`${error.message}; nothing was written to ${shown}`);
		}
		throw error;
	}
	const { release } = plan;
	const what = `${release.dataset} ${release.period} ${release.indicator}: ${plan.units} units, revision ${release.revision}${plan.replaces ? ` (replaces revision ${plan.replaces.revision}: ${release.reason})` : ''}`;
	if (dryRun) {
		process.stdout.write(`dry run, nothing written: would publish ${what}\n`);
		for (const w of plan.writes) process.stdout.write(`would write ${shown}${w.file}\n`);
		return 0;
	}
	for (const w of plan.writes) writeAtomically(path.join(dataDir, w.file), w.text);
	process.stdout.write(`published ${what}\n`);
	process.stdout.write(`${countsLine}\n`);
	for (const w of plan.writes) process.stdout.write(`wrote ${shown}${w.file}\n`);
	process.stdout.write('next: npm run build\n');
	return 0;
}
