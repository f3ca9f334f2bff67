import { catalogue } from '$lib/data/catalog';
import { releaseItems } from '$lib/data/catalogue/release-list';
import { embedded } from '$lib/data/embedded';
import { atomFeed } from '$lib/export/atom-feed';
import type { RequestHandler } from './$types';

// Written once at build time into build/releases/feed.xml: the releases as an Atom feed.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(atomFeed(releaseItems(catalogue, embedded.reference.indicators)), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8' }
	});
