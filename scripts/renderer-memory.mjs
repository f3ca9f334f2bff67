import { readdirSync, readFileSync } from 'node:fs';

/**
 * One memory field (VmRSS: now, VmHWM: peak) of every renderer process (the page and its workers) under a
 * Chromium's browser process, in bytes: read from /proc, so Linux only. Used by the raw-log benches.
 */
export function rendererMemory(browserPid, field) {
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
	const bytes = [];
	for (const pid of parent.keys()) {
		if (!descends(pid)) continue;
		try {
			if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
			const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
			if (m) bytes.push(Number(m[1]) * 1024);
		} catch {
			// the process ended meanwhile
		}
	}
	return bytes;
}
