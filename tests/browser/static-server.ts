import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm'
};

/**
 * Serves build/ the way a badly configured intranet server might: `overrides` replaces the
 * Content-Type per extension (e.g. .wasm as application/octet-stream).
 */
export async function serveBuild(overrides: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
	const root = path.resolve('build');
	const server: Server = createServer((req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = path.join(root, pathname);
		if (!file.startsWith(root)) return void res.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
		if (!existsSync(file)) return void res.writeHead(404).end();
		const ext = path.extname(file);
		res.writeHead(200, { 'content-type': overrides[ext] ?? TYPES[ext] ?? 'application/octet-stream' });
		if (req.method === 'HEAD') return void res.end();
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (address === null || typeof address === 'string') throw new Error('no port');
	return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
