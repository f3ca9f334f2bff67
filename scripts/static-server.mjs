// A plain static server for build/, counting the bytes it sends: what the benchmark measures transfer with.
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
 * extension, to play a badly configured intranet server (e.g. { '.wasm': 'application/octet-stream' }).
 */
export async function serveStatic(rootDir, { overrides = {} } = {}) {
	const root = path.resolve(rootDir);
	const sent = { bytes: 0, requests: 0, byType: {} };
	const server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = path.join(root, pathname);
		if (!file.startsWith(root)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404).end();
		const ext = path.extname(file);
		const size = statSync(file).size;
		res.writeHead(200, { 'content-type': overrides[ext] ?? TYPES[ext] ?? 'application/octet-stream', 'content-length': size, 'cache-control': 'no-cache' });
		if (req.method === 'HEAD') return void res.end();
		sent.bytes += size;
		sent.requests += 1;
		sent.byType[ext] = (sent.byType[ext] ?? 0) + size;
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
		},
		close: () => new Promise((resolve) => server.close(resolve))
	};
}
