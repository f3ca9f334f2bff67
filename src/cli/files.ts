import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPENDIX_3040, parseEmbedded, type Embedded } from '../lib/data/embedded-dataset';
import { REFERENCE_FILES } from '../lib/geo/reference';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function read(relative: string): string {
	return readFileSync(path.join(ROOT, relative), 'utf8');
}

/** The shipped files read from disk, for Node entry points that Vite does not bundle. */
export function loadEmbeddedFromDisk(): Embedded {
	return parseEmbedded({
		regions: read(REFERENCE_FILES.regions),
		provinces63: read(REFERENCE_FILES.provinces63),
		units34: read(REFERENCE_FILES.units34),
		indicators: read(REFERENCE_FILES.indicators),
		appendix: read(APPENDIX_3040.file)
	});
}
