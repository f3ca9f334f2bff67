// Browser-only: talks to the import worker; requests are answered in order, one promise each.
import type { Dataset, DatasetInfo } from '$lib/data/observation';
import type { ImportChoices } from '$lib/data/import/build';
import type { ResultSummary, SessionError, SessionRequest, SourcePreview } from '$lib/data/import/session';
import type { Locale } from '$lib/base/locale';

export class SessionFailure extends Error {
	readonly error: SessionError;
	constructor(error: SessionError) {
		super(error.message);
		this.error = error;
	}
}

export function createImportClient() {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	let next = 0;
	const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
	worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; value?: unknown; error?: SessionError }>) => {
		const p = pending.get(event.data.id);
		if (!p) return;
		pending.delete(event.data.id);
		if (event.data.ok) p.resolve(event.data.value);
		else p.reject(new SessionFailure(event.data.error!));
	};
	worker.onerror = (event) => {
		for (const p of pending.values()) p.reject(new SessionFailure({ code: null, detail: {}, message: event.message || 'import worker failed' }));
		pending.clear();
	};

	function ask<T>(request: SessionRequest, transfer: Transferable[] = []): Promise<T> {
		const id = next++;
		return new Promise<T>((resolve, reject) => {
			pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
			worker.postMessage({ id, request }, transfer);
		});
	}

	return {
		readFile: (name: string, bytes: ArrayBuffer) => ask<SourcePreview>({ kind: 'readFile', name, bytes }, [bytes]),
		readText: (text: string) => ask<SourcePreview>({ kind: 'readText', text }),
		build: (choices: ImportChoices) => ask<ResultSummary>({ kind: 'build', choices: { ...choices, roles: [...choices.roles] } }),
		dataset: (info: Omit<DatasetInfo, 'unitSet'>) => ask<Dataset>({ kind: 'dataset', info }),
		rejectedCsv: (locale: Locale) => ask<string>({ kind: 'rejectedCsv', locale }),
		terminate: () => worker.terminate()
	};
}

export type ImportClient = ReturnType<typeof createImportClient>;
