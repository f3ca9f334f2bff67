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

// The message catalogue in Vietnamese (the first language), one file per page or feature. Every key has
// its English twin in ../en with the same {placeholders}: npm run check fails otherwise.

export const vi = { app, dataset, unit, progress, report, import: importing, rawlog, office, change, releases, method, finding, importError, ambiguity, accounting } as const;
