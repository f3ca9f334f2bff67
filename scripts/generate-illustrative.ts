// Regenerates data/illustrative-2019-monthly.csv ("Dữ liệu minh họa", never real) from the 2019 appendix:
//   npx tsx scripts/generate-illustrative.ts
// The method is described in src/lib/data/illustrative/monthly-2019.ts and data/README.md; a unit test
// checks that the shipped file is exactly what this prints.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateIllustrative2019, illustrativeCsv, ILLUSTRATIVE_2019 } from '../src/lib/data/illustrative/monthly-2019';

const appendix = readFileSync('data/bhxh-3040-2019.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(','))
	.map(([, unitCode, , , , electronic, total]) => ({ unitCode, electronic: Number(electronic), total: Number(total) }));

writeFileSync(ILLUSTRATIVE_2019.file, illustrativeCsv(generateIllustrative2019(appendix)));
console.log(`wrote ${ILLUSTRATIVE_2019.file}`);
