// Where the system Chromium is and how to start it on a closed network. Playwright never downloads a browser here.
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Without the background-networking flags Chromium keeps trying hosts this machine cannot reach. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];

export const INSTALL_HINT =
	'Chromium was not found. On Debian: sudo apt-get update && sudo apt-get install -y chromium ' +
	'(or set CHROMIUM_PATH to a Chromium or Chrome binary).';
