export interface Region {
	code: string;
	nameVi: string;
	nameEn: string;
}

/** A provincial unit: one of the 63 provinces before 1 July 2025, or one of the 34 units after. */
export interface Province {
	/** GSO code, two digits ("01" Hà Nội … "96" Cà Mau). */
	code: string;
	/** "Tỉnh" or "Thành phố" (a city under the central government). */
	kind: 'Tỉnh' | 'Thành phố';
	/** Name without the kind: "Khánh Hòa", "Hồ Chí Minh". */
	name: string;
	/** Socio-economic region (Nghị quyết 81/2023/QH15); null for the 34 units, which have no official list yet. */
	region: string | null;
	/** Spellings met in real files, for name resolution. */
	variants: string[];
}

export interface MergedUnit extends Province {
	/** Codes of the 63-province set that form this unit (itself included where it hosts the centre). */
	oldCodes: string[];
}

export interface Indicator {
	id: string;
	labelVi: string;
	labelEn: string;
	numeratorVi: string;
	denominatorVi: string;
	numeratorEn: string;
	denominatorEn: string;
}

export type UnitSet = 63 | 34;
