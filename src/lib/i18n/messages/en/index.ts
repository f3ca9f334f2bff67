import type { CatalogueShape, MismatchedPlaceholders } from '../shape';
import type { vi } from '../vi';
import { app } from './app';
import { dataset } from './dataset';
import { unit } from './unit';
import { progress } from './progress';
import { report } from './report';
import { importing } from './import';
import { rawlog } from './rawlog';
import { office } from './office';
import { change } from './change';
import { releases } from './releases';
import { method } from './method';
import { accounting, ambiguity, finding, importError } from './import-checks';

// The message catalogue in English: the same keys and {placeholders} as ../vi (checked by the type).

export const en = { app, dataset, unit, progress, report, import: importing, rawlog, office, change, releases, method, finding, importError, ambiguity, accounting } as const satisfies CatalogueShape<typeof vi>;

/** Fails npm run check, naming the message, when a text's {placeholders} differ from the Vietnamese. */
export const placeholdersMatch: [MismatchedPlaceholders<typeof vi, typeof en>] extends [never] ? true : MismatchedPlaceholders<typeof vi, typeof en> = true;
