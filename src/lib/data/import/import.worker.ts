// The import pipeline off the main thread: reading and checking a large table never freezes the page.
import { embedded } from '$lib/data/embedded';
import { createImportSession, sessionError, type SessionRequest } from '$lib/data/import/session';

const session = createImportSession(embedded.reference);

self.onmessage = async (event: MessageEvent<{ id: number; request: SessionRequest }>) => {
	const { id, request } = event.data;
	try {
		const value = await session.handle(request);
		self.postMessage({ id, ok: true, value });
	} catch (error) {
		self.postMessage({ id, ok: false, error: sessionError(error) });
	}
};
