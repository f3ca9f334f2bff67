// npm run test:browser: builds the site, then runs the Playwright specs in Debian's Chromium (never a downloaded
// browser). Extra arguments go to Playwright: npm run test:browser -- tests/browser/map.spec.ts
import { spawnSync } from 'node:child_process';
import { chromiumPath, INSTALL_HINT } from './chromium.mjs';

function run(command, args) {
	console.log(`\n$ ${command} ${args.join(' ')}`);
	return spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;
}

if (!chromiumPath()) {
	console.error(INSTALL_HINT);
	process.exit(1);
}
if (run('npx', ['vite', 'build']) !== 0) process.exit(1);
process.exit(run('npx', ['playwright', 'test', ...process.argv.slice(2)]));
