import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const LIBREOFFICE_HINT =
	'LibreOffice is needed to open the exported files in the tests: apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-liberation2';

/** soffice on PATH, or a clear failure: a missing LibreOffice fails the export tests, it never skips them. */
export function sofficePath(): string {
	for (const candidate of [process.env.SOFFICE_PATH, '/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice']) {
		if (candidate && existsSync(candidate)) return candidate;
	}
	throw new Error(LIBREOFFICE_HINT);
}

/**
 * Converts files headless with a private user profile (so parallel runs never share one) and
 * returns the output directory. `locale` sets the formatting locale LibreOffice shows numbers in.
 */
export async function convert(files: string[], filter: string, options: { locale?: string } = {}): Promise<string> {
	const soffice = sofficePath();
	const outdir = mkdtempSync(path.join(tmpdir(), 'lo-out-'));
	const profile = mkdtempSync(path.join(tmpdir(), 'lo-profile-'));
	const env = { ...process.env, ...(options.locale ? { LANG: options.locale, LC_ALL: options.locale } : {}) };
	await run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, ...files], {
		env,
		timeout: 120_000
	});
	for (const f of files) {
		const produced = path.join(outdir, `${path.parse(f).name}.${filter.split(':')[0]}`);
		if (!existsSync(produced)) throw new Error(`LibreOffice did not convert ${f} to ${filter}`);
	}
	return outdir;
}

export async function tool(command: string, args: string[]): Promise<string> {
	const { stdout } = await run(command, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 }).catch((error: NodeJS.ErrnoException) => {
		if (error.code === 'ENOENT') throw new Error(`${command} is missing (poppler-utils). ${LIBREOFFICE_HINT}`);
		throw error;
	});
	return stdout;
}
