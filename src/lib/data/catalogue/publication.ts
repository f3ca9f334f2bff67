import { unitsOf } from '../../geo/crosswalk';
import type { Reference } from '../../geo/reference';
import { usesUnits34 } from '../import/period-text';
import type { Observation } from '../observation';
import { parsePeriod } from '../../base/period';
import { ALL, publishedFilePath, RELEASES_FILE, type Catalogue, type CatalogueRelease, type Release } from './format';
import { hashedText, parseCatalogue } from './parse';
import { appendRelease, figuresCsv } from './serialise';

export interface PublicationRequest {
	/** Everything read from the input file (all periods and indicators it holds). */
	observations: readonly Observation[];
	counts: { read: number; imported: number; setAside: number; rejected: number };
	/** --period and --indicator, already checked; null when not given. */
	period: string | null;
	indicator: string | null;
	/** --revise: the reason of a revision; null for a first publication. */
	revise: string | null;
	/** --dataset; null: the first real series of the catalogue on the period's units. */
	dataset: string | null;
	sourceFile: string;
	sourceSha256: string;
	/** The citation; default "Tệp <source file>". */
	source: string | null;
	/** ISO date of the publication. */
	today: string;
}

export interface PublicationPlan {
	release: Release;
	units: number;
	/** Files to write, relative to the data directory, in the order to write them (releases.csv last). */
	writes: { file: string; text: string }[];
	/** The revision this one replaces, if any. */
	replaces: CatalogueRelease | null;
}

export class PublicationRefused extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'PublicationRefused';
	}
}

/**
 * What `publish` writes, decided without touching a file: the new figures file and releases.csv with one
 * more line. It refuses (PublicationRefused) a file with rejected rows, several periods or indicators
 * without a choice, missing units, a period already published without a reason to revise, a revision of
 * nothing or of identical figures; and it reads the would-be catalogue back with the build's parser.
 */
export function planPublication(catalogue: Catalogue, files: ReadonlyMap<string, string>, reference: Reference, req: PublicationRequest, sha256: (text: string) => string): PublicationPlan {
	const refuse = (message: string): never => {
		throw new PublicationRefused(message);
	};
	if (req.counts.rejected > 0) refuse(`${req.counts.rejected} row(s) rejected (see the findings above): nothing is published until every row is imported or set aside`);
	const chosen = req.observations.filter((o) => (req.period === null || o.period === req.period) && (req.indicator === null || o.indicator === req.indicator));
	const pairs = [...new Set(chosen.map((o) => `${o.period} ${o.indicator}`))].sort();
	if (pairs.length === 0) {
		const held = [...new Set(req.observations.map((o) => `${o.period} ${o.indicator}`))].sort().join(', ') || 'nothing';
		refuse(`no figures for ${req.period ?? 'any period'} / ${req.indicator ?? 'any indicator'} in ${req.sourceFile} (it holds: ${held})`);
	}
	if (pairs.length > 1) refuse(`${req.sourceFile} holds ${pairs.length} periods or indicators (${pairs.join(', ')}): choose one with --period and --indicator`);
	const [period, indicator] = pairs[0].split(' ');
	if (!parsePeriod(period)) refuse(`"${period}" is not a period`);

	const unitSet = usesUnits34(period) ? 34 : 63;
	const expected = unitsOf(reference, unitSet);
	const present = new Set(chosen.map((o) => o.unitCode));
	const missing = expected.filter((u) => !present.has(u.code));
	if (missing.length > 0) {
		refuse(`${req.sourceFile}: ${missing.length} of the ${unitSet} units have no figures for ${period} (${missing.map((u) => `${u.code} ${u.name}`).join(', ')}); a publication covers every unit`);
	}
	const dataset =
		req.dataset === null
			? (catalogue.datasets.find((d) => d.nature === 'real' && d.unitSet === unitSet) ?? refuse(`no real series on ${unitSet} units in the catalogue (add one to catalogue/datasets.csv)`))
			: (catalogue.datasets.find((d) => d.id === req.dataset) ?? refuse(`unknown series --dataset ${req.dataset}`));
	if (dataset.unitSet !== unitSet) refuse(`${period} is by the ${unitSet} units; series ${dataset.id} is by ${dataset.unitSet}`);
	if (dataset.nature !== 'real') refuse(`series ${dataset.id} is illustrative: publish real figures only`);

	const covering = catalogue.releases.filter((r) => r.dataset === dataset.id && r.covers.some((c) => c.period === period && c.indicator === indicator));
	const current = covering.find((r) => r.supersededBy === null) ?? null;
	if (current && (current.period === ALL || current.indicator === ALL)) refuse(`${period} / ${indicator} is part of the multi-period release on line ${current.line} of ${RELEASES_FILE}; it cannot be revised alone`);
	if (current && req.revise === null) {
		refuse(`${period} / ${indicator} is already published in ${dataset.id} (revision ${current.revision} of ${current.published}); to correct it, run again with --revise "reason"`);
	}
	if (!current && req.revise !== null) refuse(`--revise: ${period} / ${indicator} is not published yet in ${dataset.id}; publish it without --revise`);
	const text = figuresCsv(chosen);
	const counts = (obs: readonly Observation[]) => obs.map((o) => `${o.unitCode}:${o.electronic}/${o.total}`).sort().join(',');
	if (current && counts(catalogue.figuresOf(current).observations) === counts(chosen)) {
		refuse(`the figures are those of revision ${current.revision} already: nothing to revise`);
	}

	const revision = current ? current.revision + 1 : 1;
	const file = publishedFilePath(dataset.id, indicator, period, revision);
	if (files.has(file) && catalogue.releases.some((r) => r.file === file)) refuse(`${file} is already listed in ${RELEASES_FILE}`);
	const release: Release = {
		dataset: dataset.id,
		period,
		indicator,
		revision,
		published: req.today,
		file,
		fileSha256: sha256(hashedText(text)),
		rowsRead: req.counts.read,
		rowsImported: req.counts.imported,
		rowsSetAside: req.counts.setAside,
		sourceFile: req.sourceFile,
		sourceSha256: req.sourceSha256,
		source: req.source ?? `Tệp ${req.sourceFile}`,
		reason: req.revise ?? 'Công bố lần đầu'
	};
	const writes = [
		{ file, text },
		{ file: RELEASES_FILE, text: appendRelease(files.get(RELEASES_FILE) ?? '', release) }
	];
	// The build must accept what is written: read the would-be data directory back with its parser.
	const next = new Map(files);
	for (const w of writes) next.set(w.file, w.text);
	parseCatalogue(next, reference, { sha256 });
	return { release, units: present.size, writes, replaces: current };
}
