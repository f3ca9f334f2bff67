import { onePassGroupsQuery } from './rawlog-sql';
import { dropScanTables, partsProgress, summariseParts, type OnePassOptions, type OnePassOutcome, type ScanPart, type ScanPlan } from './rawlog-onepass';
import { DROP_REJECTS } from './rawlog-queries';

/**
 * One log read by two engines at once, each over one part of the file (the page's DuckDB-WASM is
 * single-threaded; a second engine in its own worker uses the second core). The parts are cut just
 * after a line feed (src/lib/data/rawlog/split.ts); `cutIsSafe` says, once the bytes before the cut
 * have been looked at, that no quoted field can span the cut.
 *
 * Null when the log is to be read whole instead, by the one-engine path, which then reports what it
 * finds: the cut turned out unsafe (a quote before it), or a part's strict read failed (mixed line
 * ends, a bare CR, a broken file): the one-engine path has the answers for those.
 */
export async function aggregateSplit(parts: readonly ScanPart[], plan: ScanPlan, options: OnePassOptions, cutIsSafe: Promise<boolean>): Promise<OnePassOutcome | null> {
	const inner = new AbortController();
	const stop = () => inner.abort();
	options.signal?.addEventListener('abort', stop, { once: true });
	let unsafe = false;
	const safe = cutIsSafe.then(
		(ok) => {
			if (!ok) {
				unsafe = true;
				inner.abort();
			}
			return ok;
		},
		() => {
			unsafe = true;
			inner.abort();
			return false;
		}
	);
	try {
		for (const part of parts) await part.engine.db.exec(DROP_REJECTS);
		options.onprogress?.({ bytesDone: 0, bytesTotal: options.bytesTotal });
		const sizes = parts.map((p, i) => (i + 1 < parts.length ? parts[i + 1].offset : options.bytesTotal) - p.offset);
		const progress = partsProgress(parts, sizes, options);
		// Every part is waited for, so that a failed one never leaves the other running.
		const scan = (p: ScanPart, i: number) =>
			p.engine.runLong(onePassGroupsQuery(p.source, plan.columns), { signal: inner.signal, onfraction: progress(i) }).catch((error: unknown) => {
				inner.abort();
				throw error;
			});
		const settled = await Promise.allSettled(parts.map(scan));
		if (settled.some((r) => r.status === 'rejected')) {
			await dropScanTables(parts);
			return options.signal?.aborted ? { status: 'cancelled' } : null;
		}
		const runs = settled.map((r) => (r.status === 'fulfilled' ? r.value : 'cancelled'));
		if (options.signal?.aborted) {
			await dropScanTables(parts);
			return { status: 'cancelled' };
		}
		if (unsafe || runs.includes('cancelled') || !(await safe)) {
			await dropScanTables(parts);
			return null;
		}
		return await summariseParts(parts, plan, options, []);
	} catch (error) {
		await dropScanTables(parts);
		throw error;
	} finally {
		options.signal?.removeEventListener('abort', stop);
	}
}
