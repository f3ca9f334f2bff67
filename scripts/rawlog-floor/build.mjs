// Builds the engine-floor page of the raw-log bench (./index.html, ./entry.ts) into a temporary folder,
// with Vite alone (no SvelteKit): DuckDB-WASM's worker and module become assets of that folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The folder to serve: index.html and its assets. */
export async function buildFloorSite() {
	const outDir = mkdtempSync(path.join(tmpdir(), 'rawlog-floor-'));
	await build({
		root: path.dirname(fileURLToPath(import.meta.url)),
		base: '/',
		configFile: false,
		logLevel: 'warn',
		build: { outDir, emptyOutDir: true, target: 'es2022', reportCompressedSize: false }
	});
	return outDir;
}
