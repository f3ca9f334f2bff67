import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';

// No browser needed: the built site itself. Every text file and the engine ship with a .br and a .gz
// for the web server to send as they are (README "Deploying on the intranet").
test('the build has a .br and a .gz beside every .js, .css, .html and .wasm', () => {
	const files = readdirSync('build', { recursive: true }).map(String);
	const present = new Set(files);
	const needing = files.filter((f) => /\.(js|css|html|wasm)$/.test(f));
	expect(needing.filter((f) => f.endsWith('.wasm')).length).toBe(2);
	expect(needing.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(70);
	const missing = needing.flatMap((f) => ['.br', '.gz'].filter((s) => !present.has(f + s)).map((s) => path.join('build', f + s)));
	expect(missing).toEqual([]);
});
