import type { WorkspaceEntry } from './types';

/** This browser's workspace datasets for a dataset picker, or why they could not be listed. */
export interface PickerEntries {
	entries: WorkspaceEntry[];
	/** The storage's message when listing failed (then `entries` is empty), '' otherwise. */
	error: string;
}

/**
 * Lists the workspace for a page's dataset picker. The workspace module (IndexedDB) is loaded on demand;
 * `list` stands in for it in tests.
 */
export async function pickerEntries(list?: () => Promise<WorkspaceEntry[]>): Promise<PickerEntries> {
	try {
		const listAll = list ?? (async () => (await import('./index')).browserWorkspace().list());
		return { entries: await listAll(), error: '' };
	} catch (error) {
		return { entries: [], error: error instanceof Error ? error.message : String(error) };
	}
}
