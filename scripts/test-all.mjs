// The one test command (npm test): unit and DuckDB tests, then the built site in Debian's Chromium.
// Prints a closing line "N passed, N failed" over both suites.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath, INSTALL_HINT } from './chromium.mjs';

function run(command, args, options = {}) {
	console.log(`\n$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', ...options });
	return result.status ?? 1;
}

/** Installs Debian's chromium when it is missing and we may (root, apt-get present); never a downloaded browser. */
function ensureChromium() {
	if (chromiumPath()) return true;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('Chromium is missing: installing Debian\'s chromium package…');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		if (run('apt-get', ['update', '-qq'], { env }) === 0 && run('apt-get', ['install', '-y', '-qq', 'chromium'], { env }) === 0) {
			return chromiumPath() !== null;
		}
	}
	console.error(INSTALL_HINT);
	return false;
}

/**
 * The export tests open the .docx/.xlsx in LibreOffice and read the PDFs with poppler; Liberation
 * Serif 2 stands in for Times New Roman with every Vietnamese glyph. Installed when missing and we
 * may (root); otherwise those tests fail with the command to run.
 */
function ensureOfficeTools() {
	const missing = [];
	if (!['/usr/bin/soffice', '/usr/local/bin/soffice'].some((p) => existsSync(p))) missing.push('libreoffice-writer-nogui', 'libreoffice-calc-nogui');
	if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
	if (!existsSync('/usr/share/fonts/truetype/liberation2')) missing.push('fonts-liberation2');
	if (missing.length === 0) return;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log(`Installing for the export tests: ${missing.join(' ')}`);
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		if (run('apt-get', ['update', '-qq'], { env }) === 0) run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
	} else {
		console.error(`The export tests need: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
	}
}

function counts(file, read) {
	try {
		return read(JSON.parse(readFileSync(file, 'utf8')));
	} catch {
		return null;
	}
}

let failedSteps = 0;

ensureOfficeTools();
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
if (run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json']) !== 0) failedSteps++;

if (!ensureChromium()) failedSteps++;
else if (run('npx', ['vite', 'build']) !== 0) failedSteps++;
else {
	if (run('npx', ['playwright', 'test']) !== 0) failedSteps++;
}

const unit = counts('test-results/unit.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
const browser = counts('test-results/browser.json', (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }));
const passed = (unit?.passed ?? 0) + (browser?.passed ?? 0);
// A step that failed before any test could report (build, missing Chromium) still counts as a failure.
const failed = Math.max((unit?.failed ?? 0) + (browser?.failed ?? 0), failedSteps);
console.log(`\nunit: ${unit ? `${unit.passed} passed, ${unit.failed} failed` : 'no report'}; browser: ${browser ? `${browser.passed} passed, ${browser.failed} failed` : 'no report'}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps > 0 ? 1 : 0);
