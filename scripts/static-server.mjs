// A static server for build/ that behaves like scripts/deploy/nginx.conf (gzip_static, brotli_static,
// immutable caching of _app/immutable/, revalidation of the rest) and counts the bytes it sends: what
// the benchmark measures transfer with.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.csv': 'text/csv; charset=utf-8'
};

/**
 * Serves a folder over HTTP on a free loopback port. `overrides` replaces the Content-Type per
 * extension, to play a badly configured intranet server (e.g. { '.wasm': 'application/octet-stream' });
 * `precompressed: false` ignores the .br/.gz files (a server without gzip_static).
 */
export async function serveStatic(rootDir, { overrides = {}, precompressed = true } = {}) {
	const root = path.resolve(rootDir);
	const sent = { bytes: 0, requests: 0, byType: {}, files: [] };
	const server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = path.join(root, pathname);
		if (!file.startsWith(root)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404).end();
		const ext = path.extname(file);
		const stat = statSync(file);
		const lastModified = stat.mtime.toUTCString();
		const headers = {
			'content-type': overrides[ext] ?? TYPES[ext] ?? 'application/octet-stream',
			'cache-control': pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			'last-modified': lastModified,
			vary: 'Accept-Encoding'
		};
		sent.requests += 1;
		if (req.headers['if-modified-since'] === lastModified) return void res.writeHead(304, headers).end();
		// The precompressed file the build wrote, when the browser accepts it (as nginx's *_static).
		const accepted = String(req.headers['accept-encoding'] ?? '');
		for (const [encoding, suffix] of precompressed ? [['br', '.br'], ['gzip', '.gz']] : []) {
			if (new RegExp(`\\b${encoding}\\b`).test(accepted) && existsSync(file + suffix)) {
				headers['content-encoding'] = encoding;
				file += suffix;
				break;
			}
		}
		const size = statSync(file).size;
		res.writeHead(200, { ...headers, 'content-length': size });
		if (req.method === 'HEAD') return void res.end();
		sent.bytes += size;
		sent.byType[ext] = (sent.byType[ext] ?? 0) + size;
		sent.files.push({ path: pathname, bytes: size });
		createReadStream(file).pipe(res);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	return {
		url: `http://127.0.0.1:${port}`,
		sent,
		reset() {
			sent.bytes = 0;
			sent.requests = 0;
			sent.byType = {};
			sent.files = [];
		},
		close: () => new Promise((resolve) => server.close(resolve))
	};
}
