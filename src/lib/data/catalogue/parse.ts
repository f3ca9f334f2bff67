import type { Reference } from '../../geo/reference';
import { readCsvRecords, type CsvRecord } from '../../base/csv-records';
import { DataFileError } from '../../base/data-file-error';
import { parseShippedDataset } from '../embedded-dataset';
import type { Dataset, DatasetInfo, Observation } from '../observation';
import { comparePeriods, parsePeriod } from '../../base/period';
import {
	ALL,
	DATASET_COLUMNS,
	DATASETS_FILE,
	RELEASE_COLUMNS,
	RELEASES_FILE,
	releaseKey,
	type Catalogue,
	type CatalogueRelease
} from './format';

export interface CatalogueOptions {
	/** How file names are shown in errors: "data/" for the shipped directory. */
	prefix?: string;
	/** SHA-256 (hex) of a text; when given, every figures file is checked against releases.csv. */
	sha256?: (text: string) => string;
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const COUNT = /^\d+$/;
const HEX64 = /^[0-9a-f]{64}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The text a figures file is hashed as: LF line ends, so that a checkout with CRLF gives the same hash. */
export const hashedText = (text: string) => text.replace(/\r\n/g, '\n');

function datasetRow(file: string, r: CsvRecord): DatasetInfo & { line: number } {
	const id = r.get('id');
	if (!ID.test(id)) throw new DataFileError(file, r.line, 'an id is lower-case letters, digits, - and _', 'id', id);
	const nature = r.get('nature');
	if (nature !== 'real' && nature !== 'illustrative') throw new DataFileError(file, r.line, 'nature is "real" or "illustrative"', 'nature', nature);
	const unitSet = r.get('unit_set');
	if (unitSet !== '63' && unitSet !== '34') throw new DataFileError(file, r.line, 'unit_set is 63 or 34', 'unit_set', unitSet);
	for (const column of ['title_vi', 'title_en', 'source']) {
		if (!r.get(column)) throw new DataFileError(file, r.line, 'must not be empty', column, '');
	}
	return { id, nature, unitSet: unitSet === '63' ? 63 : 34, titleVi: r.get('title_vi'), titleEn: r.get('title_en'), source: r.get('source'), line: r.line };
}

function count(file: string, r: CsvRecord, column: string): number {
	const value = r.get(column);
	if (!COUNT.test(value)) throw new DataFileError(file, r.line, 'a count is a whole number ≥ 0', column, value);
	return Number(value);
}

/**
 * Reads the catalogue from the texts of the files under data/ (keys relative to data/, e.g.
 * "catalogue/releases.csv"). Any malformed row, missing or changed figures file, gap in a revision
 * chain or overlap between publications fails with file, line and reason: the build stops on it.
 */
export function parseCatalogue(files: ReadonlyMap<string, string>, reference: Reference, options: CatalogueOptions = {}): Catalogue {
	const prefix = options.prefix ?? 'data/';
	const text = (relative: string, where?: { file: string; line: number; column: string }) => {
		const t = files.get(relative);
		if (t === undefined) {
			if (where) throw new DataFileError(where.file, where.line, `no such file under ${prefix}`, where.column, relative);
			throw new DataFileError(prefix + relative, 1, 'the catalogue file is missing');
		}
		return t;
	};
	const datasetsFile = prefix + DATASETS_FILE;
	const datasets = readCsvRecords(datasetsFile, text(DATASETS_FILE), DATASET_COLUMNS).map((r) => datasetRow(datasetsFile, r));
	const byId = new Map<string, DatasetInfo & { line: number }>();
	for (const d of datasets) {
		if (byId.has(d.id)) throw new DataFileError(datasetsFile, d.line, 'duplicate dataset id', 'id', d.id);
		byId.set(d.id, d);
	}

	const releasesFile = prefix + RELEASES_FILE;
	const indicators = new Set(reference.indicators.map((i) => i.id));
	const codes = { 63: new Set(reference.provinces.map((p) => p.code)), 34: new Set(reference.units34.map((u) => u.code)) };
	const figures = new Map<CatalogueRelease, Dataset>();
	const chains = new Map<string, CatalogueRelease[]>();
	const releases = readCsvRecords(releasesFile, text(RELEASES_FILE), RELEASE_COLUMNS).map((r): CatalogueRelease => {
		const fail = (reason: string, column: string, value: string): never => {
			throw new DataFileError(releasesFile, r.line, reason, column, value);
		};
		const info = byId.get(r.get('dataset')) ?? fail(`unknown dataset (not in ${datasetsFile})`, 'dataset', r.get('dataset'));
		const period = r.get('period');
		if (period !== ALL && !parsePeriod(period)) fail('not a period (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD) nor *', 'period', period);
		const indicator = r.get('indicator');
		if (indicator !== ALL && !indicators.has(indicator)) fail('unknown indicator', 'indicator', indicator);
		const revisionText = r.get('revision');
		if (!/^[1-9]\d*$/.test(revisionText)) fail('a revision is a whole number from 1', 'revision', revisionText);
		const published = r.get('published');
		if (!ISO_DATE.test(published) || !parsePeriod(published)) fail('a publication date is YYYY-MM-DD', 'published', published);
		const fileSha256 = r.get('file_sha256');
		if (!HEX64.test(fileSha256)) fail('a SHA-256 is 64 lower-case hex digits', 'file_sha256', fileSha256);
		const sourceSha256 = r.get('source_sha256');
		if (!HEX64.test(sourceSha256)) fail('a SHA-256 is 64 lower-case hex digits', 'source_sha256', sourceSha256);
		for (const column of ['file', 'source_file', 'source']) if (!r.get(column)) fail('must not be empty', column, '');
		const [rowsRead, rowsImported, rowsSetAside] = ['rows_read', 'rows_imported', 'rows_set_aside'].map((c) => count(releasesFile, r, c));
		if (rowsImported + rowsSetAside > rowsRead) fail(`rows imported + set aside exceed rows read (${rowsRead})`, 'rows_imported', String(rowsImported));
		const revision = Number(revisionText);
		const reason = r.get('reason');
		if (revision > 1 && !reason) fail('a revision states its reason', 'reason', '');

		const file = r.get('file');
		const body = text(file, { file: releasesFile, line: r.line, column: 'file' });
		if (options.sha256) {
			const actual = options.sha256(hashedText(body));
			if (actual !== fileSha256) fail(`${prefix}${file} has changed since it was published (its SHA-256 is now ${actual}); publish a revision instead of editing it`, 'file_sha256', fileSha256);
		}
		const dataset = parseShippedDataset({ ...info, file: prefix + file }, body, { unitCodes: codes[info.unitSet], indicators });
		const pairs = new Map<string, { period: string; indicator: string; units: number }>();
		for (const o of dataset.observations) {
			if ((period !== ALL && o.period !== period) || (indicator !== ALL && o.indicator !== indicator)) {
				fail(`${prefix}${file} holds ${o.period} / ${o.indicator}, not what this row publishes`, period !== ALL && o.period !== period ? 'period' : 'indicator', period !== ALL && o.period !== period ? period : indicator);
			}
			const key = `${o.period}|${o.indicator}`;
			const pair = pairs.get(key) ?? { period: o.period, indicator: o.indicator, units: 0 };
			pair.units++;
			pairs.set(key, pair);
		}
		if (pairs.size === 0) fail(`${prefix}${file} holds no figures`, 'file', file);
		if (dataset.observations.length > rowsImported) fail(`${prefix}${file} holds ${dataset.observations.length} rows, more than were imported`, 'rows_imported', String(rowsImported));
		const covers = [...pairs.values()].sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!) || (a.indicator < b.indicator ? -1 : 1));
		const release: CatalogueRelease = {
			dataset: info.id,
			period,
			indicator,
			revision,
			published,
			file,
			fileSha256,
			rowsRead,
			rowsImported,
			rowsSetAside,
			sourceFile: r.get('source_file'),
			sourceSha256,
			source: r.get('source'),
			reason,
			line: r.line,
			covers: covers.map(({ period, indicator }) => ({ period, indicator })),
			units: Math.max(...covers.map((c) => c.units)),
			supersededBy: null
		};
		const chain = chains.get(releaseKey(release)) ?? [];
		if (revision !== chain.length + 1) {
			fail(chain.length === 0 ? 'the first publication of a period and indicator is revision 1' : `the next revision of this period and indicator is ${chain.length + 1}`, 'revision', revisionText);
		}
		const previous = chain.at(-1);
		if (previous) {
			if (published < previous.published) fail(`a revision is not dated before the one it replaces (${previous.published})`, 'published', published);
			previous.supersededBy = revision;
		}
		chain.push(release);
		chains.set(releaseKey(release), chain);
		figures.set(release, dataset);
		return release;
	});

	// The current figures: the last revision of each chain; two chains may not publish the same figures.
	const current: Dataset[] = [];
	for (const info of datasets) {
		const owner = new Map<string, CatalogueRelease>();
		const observations: Observation[] = [];
		for (const release of releases.filter((r) => r.dataset === info.id && r.supersededBy === null)) {
			for (const c of release.covers) {
				const key = `${c.period}|${c.indicator}`;
				const other = owner.get(key);
				if (other) throw new DataFileError(releasesFile, release.line, `${c.period} / ${c.indicator} of ${info.id} is already published on line ${other.line}; use a revision`, 'period', release.period);
				owner.set(key, release);
			}
			observations.push(...figures.get(release)!.observations);
		}
		if (observations.length === 0) continue;
		const { line: _line, ...datasetInfo } = info;
		current.push({ info: datasetInfo, observations });
	}
	return {
		datasets,
		releases,
		current,
		figuresOf: (release) => {
			const dataset = figures.get(release);
			if (!dataset) throw new Error(`not a release of this catalogue: ${releaseKey(release)} r${release.revision}`);
			return dataset;
		}
	};
}
