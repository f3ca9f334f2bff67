// Browser-only when used: the workspace module touches IndexedDB, so it is imported on first use.
import type { DatasetSource } from './source';

/** The datasets imported into this browser's workspace (IndexedDB), under their imp-… ids. */
export function workspaceSource(): DatasetSource {
	const workspace = async () => (await import('../workspace/index')).browserWorkspace();
	return {
		origin: 'workspace',
		async find(id) {
			const entry = (await (await workspace()).list()).find((e) => e.id === id);
			return entry ? { info: entry.info, name: entry.name, version: entry.updatedAt, updatedAt: entry.updatedAt } : null;
		},
		async read(id) {
			return (await workspace()).load(id);
		}
	};
}
