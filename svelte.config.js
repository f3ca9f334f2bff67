import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.mjs';

const staticAdapter = adapter({ pages: 'build', assets: 'build', strict: true });

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is prerendered to plain files: any intranet web server can host the build.
		// Then .br and .gz beside every text file and the .wasm, which the server sends as they are (nginx
		// gzip_static, IIS rewrite; README "Deploying on the intranet"). adapter-static's `precompress`
		// would do it with Brotli's slowest setting on DuckDB's 73 MB of .wasm at every build (minutes):
		// scripts/precompress.mjs caches those by content hash.
		adapter: {
			name: staticAdapter.name,
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				builder.log.minor(`precompressed ${await precompress('build')} files`);
			}
		},
		// A Content-Security-Policy in every page (a <meta> tag, as static hosting has no headers):
		// no inline script but SvelteKit's own, hashed; nothing from another origin; WebAssembly
		// compilation for DuckDB ('wasm-unsafe-eval') and its worker from our own origin.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				// Styles come from our own files. The one inline style allowed is the exact style
				// attribute of SvelteKit's route announcer (an accessibility live region), by its hash.
				'style-src': ['self', 'unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
