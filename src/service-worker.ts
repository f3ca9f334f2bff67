/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Offline reading. Registered by SvelteKit where service workers exist (https, or localhost); on a
// plain-http intranet there is none and the site works as before, from the network.
// - Install stores nothing big: a first visit on a phone costs only what the page itself asks for.
// - Pages and their data (navigations, __data.json): the network first, the last copy when offline.
// - /_app/immutable/ (hashed names): the cache first, stored when first fetched. The DuckDB engine is
//   among those only once a page has used it, and only the build the browser chose (eh or mvp).
// - A new build (another `version`) drops the previous build's caches, except the stored engine files
//   that the new build still names.
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const PAGES = `pages-${version}`;
const ASSETS = 'assets';
const SHELL = new Set([...files.filter((f) => !f.endsWith('.br') && !f.endsWith('.gz'))]);
const CURRENT = new Set(build);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(PAGES)
			.then((cache) => cache.addAll([...SHELL]))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) if (key !== PAGES && key !== ASSETS) await caches.delete(key);
			// Files of older builds go; what this build still uses (often the engine) stays.
			const assets = await caches.open(ASSETS);
			for (const request of await assets.keys()) {
				if (!CURRENT.has(new URL(request.url).pathname)) await assets.delete(request);
			}
			await sw.clients.claim();
		})()
	);
});

async function cacheFirst(request: Request): Promise<Response> {
	const cache = await caches.open(ASSETS);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok && response.status === 200) await cache.put(request, response.clone());
	return response;
}

async function networkFirst(request: Request): Promise<Response> {
	const cache = await caches.open(PAGES);
	try {
		const response = await fetch(request);
		if (response.ok && response.status === 200) await cache.put(request, response.clone());
		return response;
	} catch (error) {
		// A page's view lives in its query (?lang=en, ?order=desc): the stored page serves every query.
		const hit = (await cache.match(request)) ?? (await cache.match(request, { ignoreSearch: true }));
		if (hit) return hit;
		throw error;
	}
}

/** A page lists the files it used (src/lib/offline/keep-offline.ts): keep those not kept yet. */
async function keep(urls: readonly string[]): Promise<void> {
	for (const href of new Set(urls)) {
		const url = new URL(href);
		if (url.origin !== sw.location.origin || url.pathname.endsWith('/service-worker.js')) continue;
		const immutable = url.pathname.includes('/_app/immutable/');
		const cache = await caches.open(immutable ? ASSETS : PAGES);
		if (await cache.match(href)) continue;
		try {
			// From the HTTP cache when the page has just fetched it (immutable files), else revalidated.
			const response = await fetch(href);
			if (response.ok && response.status === 200) await cache.put(href, response);
		} catch {
			// Offline or gone: nothing to keep.
		}
	}
}

sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; urls?: unknown } | null;
	if (data?.type === 'keep' && Array.isArray(data.urls)) event.waitUntil(keep(data.urls.filter((u): u is string => typeof u === 'string')));
});

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (url.pathname.includes('/_app/immutable/')) {
		event.respondWith(cacheFirst(request));
	} else {
		event.respondWith(networkFirst(request));
	}
});
