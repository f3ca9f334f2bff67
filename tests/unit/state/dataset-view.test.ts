import { describe, expect, it } from 'vitest';
import { chooseDatasetView, datasetLinkParams, shownDatasetView } from '../../../src/lib/state/dataset-view';

type V = { info: { id: string }; indicator: string; figures: number[]; periods?: string[] };
const def: V = { info: { id: 'cv3040-2019' }, indicator: 'benefits', figures: [1] };
const other: V = { info: { id: 'demo-2020' }, indicator: 'benefits', figures: [2], periods: ['2020-01', '2020-02'] };
const views = [def, other];
const live: V = { info: { id: 'imp-1' }, indicator: 'x', figures: [3] };
const placeholder = (d: V): V => ({ ...d, figures: [] });

describe('chooseDatasetView', () => {
	it.each([
		{ dataset: null, indicator: null, period: null, embedded: undefined, imported: null, published: false, key: null },
		{ dataset: 'cv3040-2019', indicator: null, period: null, embedded: def, imported: null, published: false, key: null },
		{ dataset: 'demo-2020', indicator: 'benefits', period: null, embedded: other, imported: null, published: false, key: null },
		{ dataset: 'demo-2020', indicator: null, period: '2020-02', embedded: other, imported: null, published: false, key: null },
		// Another indicator or an earlier period of a published dataset: loaded from its history file.
		{ dataset: 'demo-2020', indicator: 'other', period: null, embedded: undefined, imported: 'demo-2020', published: true, key: 'demo-2020|other|' },
		{ dataset: 'demo-2020', indicator: null, period: '2020-01', embedded: undefined, imported: 'demo-2020', published: true, key: 'demo-2020||2020-01' },
		{ dataset: null, indicator: 'other', period: null, embedded: undefined, imported: 'cv3040-2019', published: true, key: 'cv3040-2019|other|' },
		{ dataset: 'imp-1', indicator: null, period: null, embedded: undefined, imported: 'imp-1', published: false, key: 'imp-1||' },
		{ dataset: 'imp-1', indicator: 'claims', period: null, embedded: undefined, imported: 'imp-1', published: false, key: 'imp-1|claims|' }
	])('?dataset=$dataset&indicator=$indicator&period=$period', ({ dataset, indicator, period, embedded, imported, published, key }) => {
		const choice = chooseDatasetView(views, dataset, indicator, period);
		expect(choice.embeddedView).toBe(embedded);
		expect(choice.importedId).toBe(imported);
		expect(choice.published).toBe(published);
		expect(choice.wantedIndicator).toBe(indicator);
		expect(choice.liveKey).toBe(key);
	});
});

describe('shownDatasetView', () => {
	it.each([
		{ name: 'no dataset: the default', dataset: null, liveView: null, shown: def },
		{ name: 'an embedded one', dataset: 'demo-2020', liveView: null, shown: other },
		{ name: 'imported, ready', dataset: 'imp-1', liveView: live, shown: live }
	])('$name', ({ dataset, liveView, shown }) => {
		expect(shownDatasetView(chooseDatasetView(views, dataset, null), liveView, views, placeholder)).toBe(shown);
	});
	it('imported, not ready: the default without figures', () => {
		const shown = shownDatasetView(chooseDatasetView(views, 'imp-1', null), null, views, placeholder);
		expect(shown).toEqual({ ...def, figures: [] });
		expect(shown).not.toBe(def);
	});
});

describe('datasetLinkParams', () => {
	it.each([
		{ dataset: null, indicator: null, query: '' },
		{ dataset: 'cv3040-2019', indicator: null, query: '' },
		{ dataset: 'demo-2020', indicator: 'benefits', query: 'dataset=demo-2020' },
		{ dataset: 'demo-2020', indicator: 'claims', query: 'dataset=demo-2020&indicator=claims' },
		{ dataset: 'imp-1', indicator: null, query: 'dataset=imp-1' },
		{ dataset: 'imp-1', indicator: 'claims', query: 'dataset=imp-1&indicator=claims' }
	])('?dataset=$dataset&indicator=$indicator → "$query"', ({ dataset, indicator, query }) => {
		expect(datasetLinkParams(chooseDatasetView(views, dataset, indicator), views).toString()).toBe(query);
	});
});
