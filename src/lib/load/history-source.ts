import { historyPath, parseHistoryCsv, parseHistoryId } from '../data/catalogue/history';
import type { Dataset } from '../data/observation';
import type { DatasetSource } from './source';

/**
 * The published datasets' histories, one file per dataset and indicator, fetched from the built site
 * when a page first asks for one (`<dataset>~<indicator>`, see historyId). `fetchText` returns null for a
 * file the site does not have.
 */
export function historySource(fetchText: (path: string) => Promise<string | null>): DatasetSource {
	const texts = new Map<string, Promise<string | null>>();
	const text = (path: string) => {
		let pending = texts.get(path);
		if (!pending) {
			pending = fetchText(path);
			texts.set(path, pending);
			pending.catch(() => texts.delete(path));
		}
		return pending;
	};
	const read = async (id: string): Promise<Dataset | null> => {
		const key = parseHistoryId(id);
		if (!key) return null;
		const body = await text(historyPath(key.dataset, key.indicator));
		if (body === null) return null;
		const info = { id, titleVi: key.dataset, titleEn: key.dataset, source: '', nature: 'real' as const, unitSet: 63 as const };
		return { info, observations: parseHistoryCsv(body, key.indicator) };
	};
	return {
		origin: 'shipped',
		async find(id) {
			const dataset = await read(id);
			return dataset && { info: dataset.info, name: id, version: 'history', updatedAt: '' };
		},
		read
	};
}

/** fetch() of a file of the built site under `base`: its text, or null when the site does not have it. */
export function siteFetcher(base: string): (path: string) => Promise<string | null> {
	return async (path) => {
		const response = await fetch(`${base}${path}`);
		if (response.status === 404) return null;
		if (!response.ok) throw new Error(`${base}${path}: HTTP ${response.status}`);
		return response.text();
	};
}
