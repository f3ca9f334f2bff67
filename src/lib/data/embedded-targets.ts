// The shipped targets, bundled as text by Vite and checked at build time like the other data files.
import text from '../../../data/targets.csv?raw';
import { embedded } from './embedded';
import { parseTargets, type TargetContext } from './targets';

export const targetContext: TargetContext = {
	indicators: new Set(embedded.reference.indicators.map((i) => i.id)),
	regions: new Set(embedded.reference.regions.map((r) => r.code)),
	provinces: new Set(embedded.reference.provinces.map((p) => p.code))
};

export const shippedTargets = parseTargets(text, targetContext);
