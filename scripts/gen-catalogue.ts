// A SYNTHETIC catalogue for the scale bench of the monthly cycle: 5 indicators × 84 monthly periods
// (2020-01 … 2026-12) by the 63 provinces until June 2025 and by the 34 units from July 2025, written as a
// complete data directory OUTSIDE data/ (never mixed with real figures). Every series is marked
// illustrative and titled SYNTHETIC; the files have the format `publish` writes and the build's parser
// checks them before the script ends.
//   npx tsx scripts/gen-catalogue.ts /tmp/catalogue-bench [--months 84]
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalogueFromDir, sha256Hex } from '../src/cli/catalogue-files';
import { DATASET_COLUMNS, publishedFilePath, RELEASES_FILE, DATASETS_FILE, RELEASE_COLUMNS, type Release } from '../src/lib/data/catalogue/format';
import { hashedText } from '../src/lib/data/catalogue/parse';
import { appendRelease, figuresCsv } from '../src/lib/data/catalogue/serialise';
import type { Observation } from '../src/lib/data/observation';
import { seededRandom } from '../src/lib/data/seeded-random';
import { usesUnits34 } from '../src/lib/data/import/period-text';
import { parseReference } from '../src/lib/geo/reference';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DATA = path.join(ROOT, 'data');
const [outArg, ...rest] = process.argv.slice(2);
if (!outArg) {
	console.error('usage: npx tsx scripts/gen-catalogue.ts OUT_DIR [--months 84]');
	process.exit(2);
}
const out = path.resolve(outArg);
if (out === DATA || out.startsWith(`${DATA}${path.sep}`)) {
	console.error(`refusing to write synthetic figures inside ${DATA}`);
	process.exit(2);
}
const months = rest[0] === '--months' ? Number(rest[1]) : 84;

rmSync(out, { recursive: true, force: true });
mkdirSync(path.join(out, 'catalogue'), { recursive: true });
for (const f of ['regions.csv', 'provinces-63.csv', 'units-34.csv', 'targets.csv']) copyFileSync(path.join(DATA, f), path.join(out, f));
// Five indicators: the shipped ones, plus SYNTHETIC ones if fewer than five are shipped.
const shipped = readFileSync(path.join(DATA, 'indicators.csv'), 'utf8').trimEnd().split('\n');
const extra = Array.from({ length: Math.max(0, 6 - shipped.length) }, (_, i) => `synthetic_${i + 1},SYNTHETIC ${i + 1},SYNTHETIC ${i + 1},Điện tử,Tổng số,Electronic,All`);
writeFileSync(path.join(out, 'indicators.csv'), `${[...shipped, ...extra].join('\n')}\n`);
const read = (f: string) => readFileSync(path.join(out, f), 'utf8');
const reference = parseReference({ regions: read('regions.csv'), provinces63: read('provinces-63.csv'), units34: read('units-34.csv'), indicators: read('indicators.csv') });
const indicators = reference.indicators.map((i) => i.id).slice(0, 5);

const datasets = [
	{ id: 'synthetic-63', unitSet: 63, titleVi: 'SYNTHETIC — số liệu giả lập theo 63 tỉnh', titleEn: 'SYNTHETIC — generated figures by the 63 provinces' },
	{ id: 'synthetic-34', unitSet: 34, titleVi: 'SYNTHETIC — số liệu giả lập theo 34 đơn vị', titleEn: 'SYNTHETIC — generated figures by the 34 units' }
];
const source = 'SYNTHETIC — dữ liệu giả lập cho đo hiệu năng (scripts/gen-catalogue.ts), không phải số liệu thật';
writeFileSync(
	path.join(out, DATASETS_FILE),
	`${DATASET_COLUMNS.join(',')}\n${datasets.map((d) => [d.id, 'illustrative', d.unitSet, d.titleVi, d.titleEn, `"${source}"`].join(',')).join('\n')}\n`
);

const random = seededRandom(20260101);
const periods = Array.from({ length: months }, (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
// Each unit and indicator: a starting rate and a monthly slope; totals around a size per unit.
const level = new Map<string, { rate: number; slope: number; size: number }>();
const start = (key: string) => {
	let l = level.get(key);
	if (!l) level.set(key, (l = { rate: 0.05 + 0.6 * random(), slope: 0.002 + 0.01 * random(), size: 2000 + Math.round(60000 * random()) }));
	return l;
};
let releases = `${RELEASE_COLUMNS.join(',')}\n`;
let files = 0;
for (const [m, period] of periods.entries()) {
	const set = usesUnits34(period) ? 34 : 63;
	const dataset = datasets.find((d) => d.unitSet === set)!;
	const units = set === 34 ? reference.units34 : reference.provinces;
	for (const indicator of indicators) {
		const observations: Observation[] = units.map((u) => {
			const l = start(`${set}|${u.code}|${indicator}`);
			const total = Math.max(1, Math.round(l.size * (0.9 + 0.2 * random())));
			const rate = Math.min(0.998, Math.max(0, l.rate + l.slope * m + (random() - 0.5) * 0.02));
			return { unitCode: u.code, period, indicator, electronic: Math.round(rate * total), total, statedRate: null, sourceName: null };
		});
		const text = figuresCsv(observations);
		const file = publishedFilePath(dataset.id, indicator, period, 1);
		mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
		writeFileSync(path.join(out, file), text);
		const release: Release = {
			dataset: dataset.id,
			period,
			indicator,
			revision: 1,
			published: `${period}-28`,
			file,
			fileSha256: sha256Hex(hashedText(text)),
			rowsRead: units.length,
			rowsImported: units.length,
			rowsSetAside: 0,
			sourceFile: `SYNTHETIC-${period}.csv`,
			sourceSha256: sha256Hex(text),
			source,
			reason: 'SYNTHETIC'
		};
		releases = appendRelease(releases, release);
		files++;
	}
}
writeFileSync(path.join(out, RELEASES_FILE), releases);
const catalogue = loadCatalogueFromDir(out, reference);
const rows = catalogue.current.reduce((n, d) => n + d.observations.length, 0);
console.log(`SYNTHETIC catalogue in ${out}: ${files} publications, ${periods.length} months × ${indicators.length} indicators, ${rows} rows (checked by the build's parser)`);
if (!existsSync(path.join(out, RELEASES_FILE))) process.exit(1);
