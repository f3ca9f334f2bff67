import type { Dataset, DatasetInfo } from '../observation';

/**
 * The catalogue of published periods (data/catalogue/, described in data/README.md): which series exist
 * (datasets.csv), and every publication and revision with its provenance (releases.csv), each pointing to
 * a plain long-format figures file under data/. The build discovers everything from these two files.
 */
export const CATALOGUE_DIR = 'catalogue';
export const DATASETS_FILE = 'catalogue/datasets.csv';
export const RELEASES_FILE = 'catalogue/releases.csv';

export const DATASET_COLUMNS = ['id', 'nature', 'unit_set', 'title_vi', 'title_en', 'source'] as const;
export const RELEASE_COLUMNS = [
	'dataset',
	'period',
	'indicator',
	'revision',
	'published',
	'file',
	'file_sha256',
	'rows_read',
	'rows_imported',
	'rows_set_aside',
	'source_file',
	'source_sha256',
	'source',
	'reason'
] as const;

/** The header of a figures file written by `publish` (the form of the shipped files). */
export const FIGURES_COLUMNS = ['province_code', 'period', 'indicator', 'electronic', 'total', 'stated_rate', 'source_name'] as const;

/** "All the periods / indicators the file holds": a release of a multi-period file (the illustrative series). */
export const ALL = '*';

/** One publication or revision: a row of releases.csv. */
export interface Release {
	dataset: string;
	/** A period id, or "*" for a file holding several periods. */
	period: string;
	/** An indicator id, or "*" for a file holding several indicators. */
	indicator: string;
	revision: number;
	/** ISO date of the publication. */
	published: string;
	/** The figures file, relative to data/. */
	file: string;
	/** SHA-256 (hex) of the figures file's text with LF line ends: checked by the build. */
	fileSha256: string;
	rowsRead: number;
	rowsImported: number;
	rowsSetAside: number;
	/** The name of the file received, and the SHA-256 of its bytes. */
	sourceFile: string;
	sourceSha256: string;
	/** The citation of the figures (printed in exports). */
	source: string;
	/** Why this publication or revision was made; required from revision 2. */
	reason: string;
}

export interface CatalogueRelease extends Release {
	/** Line of releases.csv. */
	line: number;
	/** Every (period, indicator) the figures file holds, in period order. */
	covers: { period: string; indicator: string }[];
	/** Units in the figures file (per period and indicator: the largest count). */
	units: number;
	/** The revision that replaced this one, or null for the current figures. */
	supersededBy: number | null;
}

export interface Catalogue {
	datasets: (DatasetInfo & { line: number })[];
	/** Every publication and revision, in the order of releases.csv (superseded ones included). */
	releases: CatalogueRelease[];
	/** Per dataset with at least one publication, the current figures (latest revision of each period). */
	current: Dataset[];
	/** The observations of each release, by its index in `releases` (superseded figures stay retrievable). */
	figuresOf(release: CatalogueRelease): Dataset;
}

/** Where `publish` writes a publication's figures, relative to data/. */
export function publishedFilePath(dataset: string, indicator: string, period: string, revision: number): string {
	return `${CATALOGUE_DIR}/${dataset}/${indicator}/${period}.r${revision}.csv`;
}

/** The key of a revision chain. */
export const releaseKey = (r: Pick<Release, 'dataset' | 'period' | 'indicator'>) => `${r.dataset}|${r.period}|${r.indicator}`;
