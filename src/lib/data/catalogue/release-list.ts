import { dataLabel } from '../../i18n/labels';
import type { Indicator } from '../../geo/types';
import type { Locale } from '../../base/locale';
import { parsePeriod } from '../../base/period';
import { formatPeriod } from '../../i18n/format';
import { ALL, type Catalogue } from './format';

/** One publication or revision as the releases page and the feed show it: plain data, both languages. */
export interface ReleaseItem {
	/** A stable anchor: dataset, period, indicator and revision. */
	key: string;
	dataset: string;
	datasetVi: string;
	datasetEn: string;
	illustrative: boolean;
	/** The period as people read it ("Tháng 09/2019"; a range for a multi-period file). */
	periodVi: string;
	periodEn: string;
	indicatorVi: string;
	indicatorEn: string;
	revision: number;
	published: string;
	supersededBy: number | null;
	units: number;
	source: string;
	sourceFile: string;
	sourceSha256: string;
	rowsRead: number;
	rowsImported: number;
	rowsSetAside: number;
	reason: string;
	file: string;
}

function periodText(ids: readonly string[], locale: Locale): string {
	const unique = [...new Set(ids)];
	const show = (id: string) => {
		const p = parsePeriod(id);
		return p ? formatPeriod(p, locale) : id;
	};
	return unique.length === 1 ? show(unique[0]) : `${show(unique[0])} – ${show(unique[unique.length - 1])}`;
}

/** Every release, newest first (by publication date, then by its line in releases.csv). */
export function releaseItems(catalogue: Catalogue, indicators: readonly Indicator[]): ReleaseItem[] {
	const byId = new Map(indicators.map((i) => [i.id, i]));
	const items = catalogue.releases.map((r) => {
		const dataset = catalogue.datasets.find((d) => d.id === r.dataset)!;
		const ids = r.indicator === ALL ? [...new Set(r.covers.map((c) => c.indicator))] : [r.indicator];
		const label = (locale: Locale) => ids.map((id) => dataLabel(byId.get(id), locale) ?? id).join('; ');
		return {
			line: r.line,
			item: {
				key: `${r.dataset}_${r.period === ALL ? 'all' : r.period}_${r.indicator === ALL ? 'all' : r.indicator}_r${r.revision}`,
				dataset: r.dataset,
				datasetVi: dataset.titleVi,
				datasetEn: dataset.titleEn,
				illustrative: dataset.nature === 'illustrative',
				periodVi: periodText(r.covers.map((c) => c.period), 'vi'),
				periodEn: periodText(r.covers.map((c) => c.period), 'en'),
				indicatorVi: label('vi'),
				indicatorEn: label('en'),
				revision: r.revision,
				published: r.published,
				supersededBy: r.supersededBy,
				units: r.units,
				source: r.source,
				sourceFile: r.sourceFile,
				sourceSha256: r.sourceSha256,
				rowsRead: r.rowsRead,
				rowsImported: r.rowsImported,
				rowsSetAside: r.rowsSetAside,
				reason: r.reason,
				file: r.file
			} satisfies ReleaseItem
		};
	});
	items.sort((a, b) => (a.item.published !== b.item.published ? (a.item.published < b.item.published ? 1 : -1) : b.line - a.line));
	return items.map((i) => i.item);
}
