import type { Dataset } from '../observation';
import { figuresCsv } from './serialise';

export interface PreparedPublication {
	fileName: string;
	text: string;
	units: number;
}

export class NotPublishable extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NotPublishable';
	}
}

/**
 * "Chuẩn bị phát hành": one period and indicator of an imported dataset as the file `publish` reads
 * unchanged (the long form of the shipped files: unit code, period, indicator, counts, the stated rate and
 * the name as the source wrote it). Refused when any row of the import was rejected: a checked period only.
 */
export function preparePublication(dataset: Dataset, rejectedRows: number, period: string, indicator: string): PreparedPublication {
	if (rejectedRows > 0) throw new NotPublishable(`${rejectedRows} row(s) were rejected: fix the file and import it again before preparing a publication`);
	const rows = dataset.observations.filter((o) => o.period === period && o.indicator === indicator);
	if (rows.length === 0) throw new NotPublishable(`no figures for ${period} / ${indicator}`);
	return { fileName: `phat-hanh_${indicator}_${period}.csv`, text: figuresCsv(rows), units: new Set(rows.map((o) => o.unitCode)).size };
}
