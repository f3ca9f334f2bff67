import { endedOutsideQuotes, onePassGroupsQuery } from './rawlog-sql';
import { dropScanTables, partsProgress, summariseParts, type OnePassOptions, type OnePassOutcome, type ScanPart, type ScanPlan } from './rawlog-onepass';
import { DROP_REJECTS } from './rawlog-queries';

/**
 * One log read by two engines at once, each over one part of the file (the page's DuckDB-WASM is
 * single-threaded; a second engine in its own worker uses the second core). The parts are cut just
 * after a line feed (src/lib/data/rawlog/split.ts), which may lie inside a quoted field. Every part
 * but the last is read from the start of the file, exactly as one pass over the whole file reads
 * those bytes: such a part ends inside quotes exactly when its cut is not the start of a record, and
 * its reader then sets its last record aside (endedOutsideQuotes says whether it did).
 *
 * Null when the log is to be read whole instead, by the one-engine path, which then reports what it
 * finds: a cut that may not start a record, or a part whose strict read failed (mixed line ends, a
 * bare CR, a broken file): the one-engine path has the answers for those.
 */
export async function aggregateSplit(parts: readonly ScanPart[], plan: ScanPlan, options: OnePassOptions): Promise<OnePassOutcome | null> {
	const inner = new AbortController();
	const stop = () => inner.abort();
	options.signal?.addEventListener('abort', stop, { once: true });
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
		if (options.signal?.aborted) {
			await dropScanTables(parts);
			return { status: 'cancelled' };
		}
		let whole = settled.every((r) => r.status === 'fulfilled' && r.value === 'done');
		for (const part of parts.slice(0, -1)) whole = whole && (await endedOutsideQuotes(part.engine.db));
		if (!whole) {
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
