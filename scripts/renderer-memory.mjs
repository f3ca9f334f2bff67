import { readdirSync, readFileSync } from 'node:fs';

/**
 * One memory field (VmRSS: now, VmHWM: peak) of every renderer process (the page and its workers) under a
 * Chromium's browser process, in bytes: read from /proc, so Linux only. Used by the raw-log benches.
 */
export function rendererMemory(browserPid, field) {
	return [...rendererMemoryByPid(browserPid, field).values()];
}

/** The same, per renderer process id: Map pid → bytes. */
export function rendererMemoryByPid(browserPid, field) {
	const parent = new Map();
	for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// the process ended meanwhile
		}
	}
	const descends = (pid) => {
		for (let p = pid, hops = 0; p > 1 && hops < 20; p = parent.get(p) ?? 0, hops++) if (p === browserPid) return true;
		return false;
	};
	const bytes = new Map();
	for (const pid of parent.keys()) {
		if (!descends(pid)) continue;
		try {
			if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
			const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			if (m) bytes.set(pid, Number(m[1]) * 1024);
		} catch {
			// the process ended meanwhile
		}
	}
	return bytes;
}

/**
 * The renderer processes under the browser that run a dedicated worker (thread "DedicatedWorker"): a
 * page's DuckDB engines run in its workers, in the page's own renderer process. Chromium also keeps
 * renderers that hold no page of ours (a spare one, the about:blank a new tab started in), which the
 * memory of a page must not include.
 */
export function renderersWithWorkers(browserPid) {
	return [...rendererMemoryByPid(browserPid, 'VmRSS').keys()].filter((pid) => {
		try {
			return readdirSync(`/proc/${pid}/task`).some((t) => readFileSync(`/proc/${pid}/task/${t}/comm`, 'utf8').trim() === 'DedicatedWorker');
		} catch {
			return false;
		}
	});
}
