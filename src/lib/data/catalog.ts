import { createHash } from 'node:crypto';
import { parseCatalogue } from './catalogue/parse';
import { embedded } from './embedded';
import type { Dataset } from './observation';

// Build time only (server modules and tests): every file under data/, discovered by Vite, so that a new
// period, indicator or series needs a row in data/catalogue/releases.csv and its file, never code.
const texts = import.meta.glob<string>('/data/**/*.csv', { query: '?raw', import: 'default', eager: true });
const files = new Map(Object.entries(texts).map(([key, text]) => [key.replace(/^\/data\//, ''), text]));

/** The catalogue of published periods, checked row by row (a malformed row fails the build). */
export const catalogue = parseCatalogue(files, embedded.reference, {
	sha256: (text) => createHash('sha256').update(text, 'utf8').digest('hex')
});

/**
 * The datasets shipped with the app, first one the default: the current figures of every series of the
 * catalogue that has a publication. Real and illustrative datasets are never mixed in one view: a page
 * shows one dataset at a time and labels illustrative ones.
 */
export const embeddedDatasets: readonly Dataset[] = catalogue.current;

/** The text of a file under data/ as the build read it (a release's figures file), or undefined. */
export function catalogueFileText(relative: string): string | undefined {
	return files.get(relative);
}

export function findEmbeddedDataset(id: string): Dataset | undefined {
	return embeddedDatasets.find((d) => d.info.id === id);
}
