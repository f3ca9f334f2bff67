import { error } from '@sveltejs/kit';
import { catalogue, embeddedDatasets } from '$lib/data/catalog';
import { historyCsv, publishedDatasets } from '$lib/data/catalogue/history';
import type { EntryGenerator, RequestHandler } from './$types';

// Written once at build time: history/<dataset>/<indicator>.csv, one small file per published dataset and
// indicator. The browser's DuckDB reads one when a reader picks a period other than the prerendered one.
export const prerender = true;

export const entries: EntryGenerator = () =>
	publishedDatasets(embeddedDatasets, catalogue.releases).flatMap((d) => d.indicators.map((i) => ({ dataset: d.info.id, file: `${i.id}.csv` })));

export const GET: RequestHandler = ({ params }) => {
	const dataset = embeddedDatasets.find((d) => d.info.id === params.dataset);
	const indicator = params.file.replace(/\.csv$/, '');
	if (!dataset || !params.file.endsWith('.csv') || !dataset.observations.some((o) => o.indicator === indicator)) error(404, 'no such history');
	return new Response(historyCsv(dataset, indicator), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
