import { error } from '@sveltejs/kit';
import { catalogue, catalogueFileText } from '$lib/data/catalog';
import type { EntryGenerator, RequestHandler } from './$types';

// Every release's figures file, current or replaced, copied into the built site as it is in data/ (same
// bytes, so its SHA-256 is the one the releases page shows for the catalogue row): the same release gives
// the same table later.
export const prerender = true;

export const entries: EntryGenerator = () => [...new Set(catalogue.releases.map((r) => r.file))].map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
	const text = catalogue.releases.some((r) => r.file === params.file) ? catalogueFileText(params.file) : undefined;
	if (text === undefined) error(404, `no release file ${params.file}`);
	return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
