import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseCatalogue } from '../lib/data/catalogue/parse';
import type { Catalogue } from '../lib/data/catalogue/format';
import type { Reference } from '../lib/geo/reference';

/** Every .csv under a data directory, keyed by its path relative to it with "/" separators (as the build sees them). */
export function readDataFiles(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (relative: string) => {
		for (const entry of readdirSync(path.join(dir, relative), { withFileTypes: true })) {
			const child = relative ? `${relative}/${entry.name}` : entry.name;
			if (entry.isDirectory()) walk(child);
			else if (entry.isFile() && entry.name.endsWith('.csv')) files.set(child, readFileSync(path.join(dir, child), 'utf8'));
		}
	};
	walk('');
	return files;
}

export const sha256Hex = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The catalogue of a data directory, read exactly as the build reads data/ (same parser, same checks). */
export function loadCatalogueFromDir(dir: string, reference: Reference, prefix = `${dir.replace(/\/$/, '')}/`): Catalogue {
	return parseCatalogue(readDataFiles(dir), reference, { prefix, sha256: (text) => sha256Hex(text) });
}
