import { embedded } from '$lib/data/embedded';
import { unitPageData } from '$lib/server/unit-page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per unit of the 34 (from 1 July 2025), by the unit's code: /unit34/56/ is Khánh Hòa (56 + 58).
export const entries: EntryGenerator = () => embedded.reference.units34.map((u) => ({ code: u.code }));

export const load: PageServerLoad = ({ params }) => unitPageData(34, params.code);
