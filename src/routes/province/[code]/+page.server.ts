import { embedded } from '$lib/data/embedded';
import { unitPageData } from '$lib/server/unit-page-data';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per province of the 63 (before 1 July 2025): /province/56/.
export const entries: EntryGenerator = () => embedded.reference.provinces.map((p) => ({ code: p.code }));

export const load: PageServerLoad = ({ params }) => unitPageData(63, params.code);
