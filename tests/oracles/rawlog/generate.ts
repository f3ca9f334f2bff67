import type { Province } from '../../../src/lib/geo/types';
import { seededRandom } from '../../../src/lib/data/seeded-random';
import { SYNTHETIC_MARKER } from '../../../src/lib/data/rawlog/columns';

/**
 * Synthetic raw dossier logs for tests and benchmarks. SYNTHETIC: every file starts with a "#"
 * comment line saying so, which the importer reads and turns into an illustrative dataset
 * ("Dữ liệu minh họa"); nothing generated here is ever shipped or shown as real BHXH figures.
 *
 * Deterministic: the same options give the same bytes on every machine (mulberry32, a 32-bit PRNG;
 * no Math.random, no clock).
 */

export interface GenerateOptions {
	rows: number;
	seed: number;
	provinces: readonly Province[];
	/** Dossier dates fall in this year (default 2024). */
	year?: number;
	/** Share of rows made deliberately bad (bad date, unknown province, unknown channel, unknown field); default 0.001. */
	badShare?: number;
	/** Lines per yielded text batch (default 10 000). */
	batch?: number;
	/**
	 * Receiving offices per province (default 0: no office column). With N > 0 the log gains the column
	 * "co_quan_tiep_nhan", each row an office of its province named alike on every row, as a system
	 * writes it ("BHXH huyện 3 (Kon Tum)"), as real logs carry it (about 700 district offices before 2025).
	 */
	offices?: number;
}

/** What the generator planted, to check the importer against. */
export interface GenerateStats {
	rows: number;
	planted: { badDate: number; unknownProvince: number; unknownChannel: number; unknownField: number };
}

export const RAWLOG_HEADER = ['ma_ho_so', 'ngay_tiep_nhan', 'tinh', 'linh_vuc', 'kenh_tiep_nhan'];
export const OFFICE_HEADER = 'co_quan_tiep_nhan';

const ELECTRONIC_LABELS = ['Điện tử', 'Điện tử', 'Điện tử', 'dien tu', 'GDĐT', 'Trực tuyến', 'online', 'I-VAN'];
const PAPER_LABELS = ['Giấy', 'Giấy', 'Trực tiếp', 'giay', 'Bưu điện'];
const PARTICIPATION_LABELS = ['Tham gia', 'Tham gia', '"Tham gia BHXH, BHYT, BHTN"', 'Thu'];
const BENEFITS_LABELS = ['Thực hiện chính sách', 'Thực hiện chính sách', 'Giải quyết chế độ'];
const BAD_DATES = ['31/02/2024', '2024-13-01', '', 'không rõ', '1924-01-05'];
const BAD_PROVINCES = ['Tỉnh Không Tồn Tại', 'BHXH huyện Tuy Phước', ''];
const BAD_CHANNELS = ['fax', 'khác', ''];
const BAD_FIELDS = ['khác', 'Kiểm tra'];

function pad(n: number, width = 2): string {
	return String(n).padStart(width, '0');
}

export function syntheticHeaderLine(options: Pick<GenerateOptions, 'rows' | 'seed'>): string {
	return `# ${SYNTHETIC_MARKER}: dữ liệu giả lập, không phải số liệu thật của BHXH Việt Nam — synthetic data, not real figures (seed=${options.seed}, rows=${options.rows})`;
}

/** Yields the file's text in batches of lines; fills `stats` as it goes. */
export function* generateRawLog(options: GenerateOptions, stats: GenerateStats = { rows: 0, planted: { badDate: 0, unknownProvince: 0, unknownChannel: 0, unknownField: 0 } }): Generator<string> {
	const random = seededRandom(options.seed);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
	const year = options.year ?? 2024;
	const badShare = options.badShare ?? 0.001;
	const batchSize = options.batch ?? 10_000;
	const offices = options.offices ?? 0;
	if (!Number.isInteger(offices) || offices < 0) throw new Error(`offices: a whole number, not ${offices}`);

	// Each province gets a size (how many dossiers) and an adoption level, fixed by the seed.
	const units = options.provinces.map((p) => ({ p, weight: 1 + random() * 9, rate: 0.05 + random() * 0.9 }));
	const cumulative: number[] = [];
	let sum = 0;
	for (const u of units) cumulative.push((sum += u.weight));
	const pickUnit = () => {
		const x = random() * sum;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid] < x) lo = mid + 1;
			else hi = mid;
		}
		return units[lo];
	};
	const spell = (p: Province): string => {
		const r = random();
		if (r < 0.85) return p.name;
		if (r < 0.9) return `BHXH ${p.kind === 'Thành phố' ? 'TP' : 'Tỉnh'} ${p.name}`;
		if (r < 0.95 && p.variants.length) return pick(p.variants);
		if (r < 0.98) return p.code;
		return p.name.normalize('NFD');
	};
	const dateText = (): string => {
		const month = 1 + Math.floor(random() * 12);
		const day = 1 + Math.floor(random() * new Date(Date.UTC(year, month, 0)).getUTCDate());
		const r = random();
		if (r < 0.9) return `${year}-${pad(month)}-${pad(day)}`;
		if (r < 0.98) return `${pad(day)}/${pad(month)}/${year}`;
		return `${year}-${pad(month)}-${pad(day)} ${pad(Math.floor(random() * 24))}:${pad(Math.floor(random() * 60))}:00`;
	};

	yield `${syntheticHeaderLine(options)}\n${[...RAWLOG_HEADER, ...(offices > 0 ? [OFFICE_HEADER] : [])].join(',')}\n`;
	let lines: string[] = [];
	for (let i = 1; i <= options.rows; i++) {
		const unit = pickUnit();
		let date = dateText();
		let province = spell(unit.p);
		let field = random() < 0.6 ? pick(PARTICIPATION_LABELS) : pick(BENEFITS_LABELS);
		let channel = random() < unit.rate ? pick(ELECTRONIC_LABELS) : pick(PAPER_LABELS);
		if (random() < badShare) {
			// One planted problem per bad row, so that what the importer reports can be checked exactly.
			const kind = Math.floor(random() * 4);
			if (kind === 0) {
				date = pick(BAD_DATES);
				stats.planted.badDate++;
			} else if (kind === 1) {
				province = pick(BAD_PROVINCES);
				stats.planted.unknownProvince++;
			} else if (kind === 2) {
				channel = pick(BAD_CHANNELS);
				stats.planted.unknownChannel++;
			} else {
				field = pick(BAD_FIELDS);
				stats.planted.unknownField++;
			}
		}
		// Drawn only when asked for, so that a log without offices is the same bytes as before.
		const office = offices > 0 ? `,BHXH huyện ${1 + Math.floor(random() * offices)} (${unit.p.name})` : '';
		lines.push(`HS${pad(i, 9)},${date},${province},${field},${channel}${office}`);
		stats.rows++;
		if (lines.length === batchSize) {
			yield lines.join('\n') + '\n';
			lines = [];
		}
	}
	if (lines.length) yield lines.join('\n') + '\n';
}
