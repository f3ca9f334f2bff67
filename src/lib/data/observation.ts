/** One figure of a dataset: a unit's numerator and denominator for an indicator in a period. */
export interface Observation {
	unitCode: string;
	period: string;
	indicator: string;
	electronic: number;
	total: number;
	/** The rate the source printed, in percent (0.22 for "0,22%"), kept to cross-check; null if none. */
	statedRate: number | null;
	/** The unit name as the source wrote it. */
	sourceName: string | null;
}

export interface DatasetInfo {
	id: string;
	titleVi: string;
	titleEn: string;
	/** Where the figures come from, as a citation line. */
	source: string;
	/** "real" figures from a document, or "illustrative" figures made by a generator. */
	nature: 'real' | 'illustrative';
	/** 63 for provinces before 1 July 2025, 34 for the units after. */
	unitSet: 63 | 34;
}

export interface Dataset {
	info: DatasetInfo;
	observations: Observation[];
}
