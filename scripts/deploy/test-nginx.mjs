// Serves build/ with Debian's nginx and scripts/deploy/nginx.conf on 127.0.0.1, and checks what a
// browser gets: the .br/.gz the build wrote, application/wasm, immutable caching of _app/immutable/,
// revalidation of pages, the CSP header with frame-ancestors. Installs nginx when missing and we may
// (root, apt-get). Run: node scripts/deploy/test-nginx.mjs (after vite build). Exits 1 on a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

const NGINX = '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function ensureNginx() {
	if (existsSync(NGINX) && existsSync(BROTLI_MODULE)) return;
	if (process.getuid?.() !== 0) throw new Error('needs: sudo apt-get install -y nginx libnginx-mod-http-brotli-static');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	const r = spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx', 'libnginx-mod-http-brotli-static'], { stdio: 'inherit', env });
	if (r.status !== 0) throw new Error('apt-get install nginx failed');
}

async function freePort() {
	const server = createServer();
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address();
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Starts nginx with the committed server block, its listen and root replaced. */
export async function startNginx(buildDir = 'build') {
	ensureNginx();
	const dir = mkdtempSync(path.join(tmpdir(), 'bhxh-nginx-'));
	const port = await freePort();
	const server = readFileSync(new URL('./nginx.conf', import.meta.url), 'utf8')
		.replace(/listen [^;]+;/, `listen 127.0.0.1:${port};`)
		.replace(/root [^;]+;/, `root ${path.resolve(buildDir)};`);
	writeFileSync(path.join(dir, 'server.conf'), server);
	writeFileSync(
		path.join(dir, 'nginx.conf'),
		`load_module ${BROTLI_MODULE};
daemon on; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 256; }
http {
	include /etc/nginx/mime.types; default_type application/octet-stream; sendfile on;
	access_log ${dir}/access.log;
	client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fcgi;
	uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
	include ${dir}/server.conf;
}
`
	);
	const started = spawnSync(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { encoding: 'utf8' });
	if (started.status !== 0) throw new Error(`nginx did not start: ${started.stderr}`);
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 50; i++) {
		try {
			await fetch(`${url}/`);
			break;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	return {
		url,
		accessLog: path.join(dir, 'access.log'),
		stop() {
			spawnSync(NGINX, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-s', 'stop']);
		}
	};
}

/** Raw response (no decoding by fetch): Node's http keeps Content-Encoding as sent. */
async function get(url, encoding) {
	const { request } = await import('node:http');
	return new Promise((resolve, reject) => {
		const req = request(url, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
		});
		req.on('error', reject);
		req.end();
	});
}

function findFile(dir, test) {
	for (const entry of readdirSync(dir, { recursive: true })) if (test(entry)) return entry.replaceAll(path.sep, '/');
	throw new Error(`no file like ${test} in ${dir}`);
}

async function main() {
	if (!existsSync('build/index.html')) throw new Error('build/ is missing: npx vite build first');
	const nginx = await startNginx('build');
	const failures = [];
	const check = (what, ok, detail = '') => {
		console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok ? '' : `: ${detail}`}`);
		if (!ok) failures.push(what);
	};
	try {
		const html = readFileSync('build/index.html');
		const page = await get(`${nginx.url}/`, 'br, gzip');
		check('/ is sent as brotli', page.headers['content-encoding'] === 'br', page.headers['content-encoding']);
		check('/ decodes to build/index.html', zlib.brotliDecompressSync(page.body).equals(html));
		check('/ is text/html', /^text\/html/.test(page.headers['content-type'] ?? ''), page.headers['content-type']);
		check('/ is revalidated (no-cache)', page.headers['cache-control'] === 'no-cache', page.headers['cache-control']);
		const csp = page.headers['content-security-policy'] ?? '';
		check('CSP header with frame-ancestors', /frame-ancestors 'self'/.test(csp), csp);
		check('Vary: Accept-Encoding', /accept-encoding/i.test(page.headers.vary ?? ''), page.headers.vary);
		const gz = await get(`${nginx.url}/map/`, 'gzip');
		check('/map/ with gzip only is the .gz', gz.headers['content-encoding'] === 'gzip' && zlib.gunzipSync(gz.body).equals(readFileSync('build/map/index.html')));
		const plain = await get(`${nginx.url}/map/`);
		check('/map/ without Accept-Encoding is plain', !plain.headers['content-encoding'] && plain.body.equals(readFileSync('build/map/index.html')));

		const wasm = findFile('build/_app/immutable/assets', (f) => /^duckdb-eh.*\.wasm$/.test(f));
		const engine = await get(`${nginx.url}/_app/immutable/assets/${wasm}`, 'br, gzip');
		check('.wasm is application/wasm', engine.headers['content-type'] === 'application/wasm', engine.headers['content-type']);
		check('.wasm is sent as brotli', engine.headers['content-encoding'] === 'br', engine.headers['content-encoding']);
		check(
			'.wasm is the build\'s precompressed file',
			Number(engine.headers['content-length']) === statSync(`build/_app/immutable/assets/${wasm}.br`).size,
			engine.headers['content-length']
		);
		check('_app/immutable/ is cached a year, immutable', engine.headers['cache-control'] === 'public, max-age=31536000, immutable', engine.headers['cache-control']);
		check('_app/immutable/ carries the CSP header too', /frame-ancestors/.test(engine.headers['content-security-policy'] ?? ''));

		const js = findFile('build/_app/immutable/entry', (f) => /^start\..*\.js$/.test(f));
		const script = await get(`${nginx.url}/_app/immutable/entry/${js}`, 'gzip, deflate, br');
		check('.js is text/javascript or application/javascript', /javascript/.test(script.headers['content-type'] ?? ''), script.headers['content-type']);
		check('.js is sent as brotli', script.headers['content-encoding'] === 'br');
		if (existsSync('build/service-worker.js')) {
			const sw = await get(`${nginx.url}/service-worker.js`, 'br');
			check('service-worker.js is revalidated', sw.headers['cache-control'] === 'no-cache', sw.headers['cache-control']);
		}
		const missing = await get(`${nginx.url}/no-such-page/`);
		check('an unknown page is 404', missing.status === 404, String(missing.status));
	} finally {
		nginx.stop();
	}
	if (failures.length) {
		console.error(`${failures.length} check(s) failed`);
		process.exit(1);
	}
	console.log('nginx configuration: all checks passed');
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
