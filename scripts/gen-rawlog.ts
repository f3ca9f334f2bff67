// npm run gen:rawlog -- --rows 1000000 --seed 42 --out FILE [--bad-share 0.001] [--year 2024] [--offices 12]
// Writes a SYNTHETIC raw dossier log (one row per dossier) for tests and benchmarks. The file's first
// line says it is synthetic, and the importer labels it "Dữ liệu minh họa"; never present it as real data.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { loadEmbeddedFromDisk } from '../src/cli/files';
import { generateRawLog, type GenerateStats } from '../tests/oracles/rawlog/generate';

function option(name: string, fallback?: string): string {
	const at = process.argv.indexOf(`--${name}`);
	if (at === -1 || at + 1 >= process.argv.length) {
		if (fallback === undefined) {
			console.error(`usage: npm run gen:rawlog -- --rows N --seed S --out FILE [--bad-share 0.001] [--year 2024] [--offices N]\nmissing --${name}`);
			process.exit(2);
		}
		return fallback;
	}
	return process.argv[at + 1];
}

const rows = Number(option('rows'));
const seed = Number(option('seed', '42'));
const out = option('out');
const badShare = Number(option('bad-share', '0.001'));
const year = Number(option('year', '2024'));
// Receiving offices per province: 0 (the default) writes no office column.
const offices = Number(option('offices', '0'));
if (!Number.isInteger(rows) || rows < 0 || !Number.isInteger(seed) || !(badShare >= 0 && badShare <= 1) || !Number.isInteger(offices) || offices < 0) {
	console.error('--rows, --seed and --offices are whole numbers, --bad-share a share between 0 and 1');
	process.exit(2);
}

const { reference } = loadEmbeddedFromDisk();
const stats: GenerateStats = { rows: 0, planted: { badDate: 0, unknownProvince: 0, unknownChannel: 0, unknownField: 0 } };
const stream = createWriteStream(out);
for (const text of generateRawLog({ rows, seed, provinces: reference.provinces, badShare, year, offices }, stats)) {
	if (!stream.write(text)) await once(stream, 'drain');
}
stream.end();
await once(stream, 'finish');
// What was planted, as JSON on stdout, for scripts and tests to check an import against.
console.log(JSON.stringify({ file: out, ...stats }));
