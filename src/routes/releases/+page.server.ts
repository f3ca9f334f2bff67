import { catalogue } from '$lib/data/catalog';
import { releaseItems } from '$lib/data/catalogue/release-list';
import { embedded } from '$lib/data/embedded';
import type { PageServerLoad } from './$types';

// Build time only: every publication and revision of the catalogue (data/catalogue/releases.csv).
export const load: PageServerLoad = () => ({ releases: releaseItems(catalogue, embedded.reference.indicators) });
