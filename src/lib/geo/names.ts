import type { Province } from './types';

/** "Tỉnh Khánh Hòa", "Thành phố Hồ Chí Minh". */
export function officialName(p: Province): string {
	return `${p.kind} ${p.name}`;
}

/** "BHXH Tỉnh Khánh Hòa", "BHXH TP Hồ Chí Minh": how a provincial social-security office is named in letters. */
export function officeName(p: Province): string {
	return `BHXH ${p.kind === 'Thành phố' ? 'TP' : 'Tỉnh'} ${p.name}`;
}
