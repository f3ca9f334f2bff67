import { shippedTargets } from '$lib/data/embedded-targets';
import type { PageServerLoad } from './$types';

// Build time only: the shipped targets with their sources (data/targets.csv).
export const load: PageServerLoad = () => ({ targets: shippedTargets });
