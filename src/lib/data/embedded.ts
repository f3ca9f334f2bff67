// The shipped files, bundled as text by Vite (page, prerender, Vitest). The CLI reads them from disk.
import regions from '../../../data/regions.csv?raw';
import provinces63 from '../../../data/provinces-63.csv?raw';
import units34 from '../../../data/units-34.csv?raw';
import indicators from '../../../data/indicators.csv?raw';
import appendix from '../../../data/bhxh-3040-2019.csv?raw';
import { parseEmbedded } from './embedded-dataset';

export const embedded = parseEmbedded({ regions, provinces63, units34, indicators, appendix });
