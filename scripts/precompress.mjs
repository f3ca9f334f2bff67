// Writes file.br and file.gz beside every text file and .wasm of the build, for a web server to send
// as they are (nginx gzip_static/brotli_static, IIS rewrite: README "Deploying on the intranet").
// adapter-static's own `precompress: true` does the same with Brotli's slowest setting on every file,
// which takes about nine minutes for DuckDB's two 35-40 MB .wasm on a busy two-core machine, on every
// build. Here files over 1 MB use a faster Brotli setting (6,2 MB instead of 3,7 MB for duckdb-eh.wasm,
// gzip is 7,7 MB) and every result is cached by content hash, so a build after the first pays nothing
// for the engine.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

/** The extensions adapter-static compresses. */
export const COMPRESSED_EXTENSIONS = ['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt', '.md'];
const LARGE = 1024 * 1024;
const CACHE = path.resolve('node_modules/.cache/precompress');

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function* walk(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full);
		else if (COMPRESSED_EXTENSIONS.includes(path.extname(entry.name))) yield full;
	}
}

async function compressed(bytes, format) {
	const large = bytes.length > LARGE;
	const quality = large ? 5 : 11;
	const key = `${createHash('sha256').update(bytes).digest('hex')}.${format}${format === 'br' ? quality : ''}`;
	const cached = path.join(CACHE, key);
	if (large && existsSync(cached)) return readFileSync(cached);
	const out =
		format === 'br'
			? await brotli(bytes, {
					params: {
						[zlib.constants.BROTLI_PARAM_QUALITY]: quality,
						[zlib.constants.BROTLI_PARAM_LGWIN]: large ? 24 : 22,
						[zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length
					}
				})
			: await gzip(bytes, { level: 9 });
	if (large) {
		mkdirSync(CACHE, { recursive: true });
		writeFileSync(cached, out);
	}
	return out;
}

/** Compresses every file of `dir` that adapter-static would; returns how many files. */
export async function precompress(dir) {
	const files = [...walk(dir)];
	// A few at a time: the two engine files are the slow ones, the rest are small.
	const queue = [...files];
	await Promise.all(
		Array.from({ length: 4 }, async () => {
			for (let file = queue.shift(); file; file = queue.shift()) {
				const bytes = readFileSync(file);
				for (const format of ['gz', 'br']) writeFileSync(`${file}.${format}`, await compressed(bytes, format));
			}
		})
	);
	return files.length;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const dir = process.argv[2] ?? 'build';
	if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir}: no such folder`);
	console.log(`precompressed ${await precompress(dir)} files in ${dir}`);
}
