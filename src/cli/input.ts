import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseShippedDataset } from '../lib/data/embedded-dataset';
import type { Dataset } from '../lib/data/observation';
import type { Reference } from '../lib/geo/reference';

/** Reads a user's input file for a CLI command (rank, report): one place, so every command accepts the same formats. */
export function loadInputDataset(file: string, reference: Reference): Dataset {
	return parseShippedDataset(
		{ id: 'cli-input', file, titleVi: path.basename(file), titleEn: path.basename(file), source: file, nature: 'real', unitSet: 63 },
		readFileSync(file, 'utf8'),
		{ unitCodes: new Set(reference.provinces.map((p) => p.code)), indicators: new Set(reference.indicators.map((i) => i.id)) }
	);
}
