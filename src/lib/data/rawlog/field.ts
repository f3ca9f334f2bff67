import { labelKey } from '../../base/fold';

export const PARTICIPATION = 'participation_e_dossiers';
export const BENEFITS = 'benefits_e_dossiers';

// The two dossier fields of Công văn 3040: "tham gia BHXH, BHYT, BHTN; cấp sổ, thẻ" (participation)
// and "thực hiện chính sách BHXH" (benefits). Keys as labelKey() gives them.
const FIELDS: readonly [string, readonly string[]][] = [
	[
		PARTICIPATION,
		[
			'participation_e_dossiers',
			'tham gia',
			'thu',
			'thu bhxh',
			'thu cap so the',
			'cap so the',
			'tham gia bhxh bhyt bhtn',
			'tham gia bhxh bhyt bhtn cap so the',
			'participation'
		]
	],
	[
		BENEFITS,
		[
			'benefits_e_dossiers',
			'thuc hien chinh sach',
			'thuc hien chinh sach bhxh',
			'chinh sach',
			'che do',
			'giai quyet che do',
			'giai quyet huong che do',
			'chi',
			'benefits',
			'benefit'
		]
	]
];

const BY_KEY = new Map<string, string>();
for (const [indicator, labels] of FIELDS) for (const label of labels) BY_KEY.set(labelKey(label), indicator);

/** A dossier's field ("Tham gia", "thực hiện chính sách", "benefits", or an indicator id) → indicator id, else null. */
export function normaliseField(raw: string): string | null {
	return BY_KEY.get(labelKey(raw)) ?? null;
}
