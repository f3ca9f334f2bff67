import { mapPageData } from '$lib/server/unit-page-data';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => mapPageData();
