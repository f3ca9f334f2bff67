// Browser-only (call from onMount). Where a service worker runs (https, or localhost), it is told
// which files this page has used, so that a visited page can be read again offline. The files come
// from the browser's HTTP cache (the service worker's fetch uses it): keeping them costs no download.
// A page that used DuckDB lists its engine files too: the engine is kept only once it has been used.

/** Same-origin files the page has fetched so far, and the page itself. */
function usedFiles(): string[] {
	const own = (url: string) => new URL(url, location.href).origin === location.origin;
	const resources = performance.getEntriesByType('resource').map((e) => e.name);
	return [location.href, ...resources].filter(own);
}

/** Asks the active service worker, if any, to keep the files this page used; again when DuckDB starts. */
export function keepForOffline(): void {
	if (!('serviceWorker' in navigator)) return;
	const send = () =>
		void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ type: 'keep', urls: usedFiles() }));
	send();
	// Files fetched later (a section's code, a history file, the engine) are kept as they arrive, a moment
	// after the last one, and again on leaving the page.
	if (typeof PerformanceObserver === 'function') {
		let timer: ReturnType<typeof setTimeout> | undefined;
		new PerformanceObserver(() => {
			clearTimeout(timer);
			timer = setTimeout(send, 300);
		}).observe({ type: 'resource' });
	}
	addEventListener('pagehide', send);
	document.addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') send();
	});
}
