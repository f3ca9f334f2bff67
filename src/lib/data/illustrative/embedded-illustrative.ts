// The illustrative monthly series, bundled as text by Vite and checked row by row like the real files.
import text from '../../../../data/illustrative-2019-monthly.csv?raw';
import { embedded } from '../embedded';
import { parseShippedDataset } from '../embedded-dataset';
import { ILLUSTRATIVE_2019 } from './monthly-2019';

export const illustrative2019 = parseShippedDataset(ILLUSTRATIVE_2019, text, {
	unitCodes: new Set(embedded.reference.provinces.map((p) => p.code)),
	indicators: new Set(embedded.reference.indicators.map((i) => i.id))
});
