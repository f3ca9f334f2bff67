import type { RawLogRole } from '../data/rawlog/columns';
import type { Granularity } from '../data/rawlog/period';
import type { Units34 } from '../data/rawlog/units';
import type { DatasetInfo } from '../data/observation';
import type { ProvinceResolver } from '../geo/resolve';

// What an import of a raw dossier log is given and how it fails: the reader is aggregateOnePass
// (./rawlog-onepass.ts), in the page's DuckDB-WASM (./rawlog-browser.ts) or native DuckDB (./rawlog-node.ts).

/** Progress of an import: the bytes of the file read so far (the one pass knows bytes, not rows, until it ends). */
export interface RawLogProgress {
	bytesDone: number;
	bytesTotal: number;
}

export interface RawLogImportOptions {
	granularity: Granularity;
	defaultIndicator: string;
	resolver: ProvinceResolver;
	nameOf?: (code: string) => string;
	/** The 34 units: dossiers dated from 1 July 2025 name them (see unitOfRow). Without it, only the 63 provinces. */
	units34?: Units34;
	/** Dataset id, titles and source; defaults are made from the file name. */
	info?: Partial<DatasetInfo>;
	signal?: AbortSignal;
	onprogress?: (progress: RawLogProgress) => void;
}

export type RawLogFormatProblem = 'empty' | 'binary' | 'utf16' | 'no-header' | 'columns' | 'line-ends';

/** The file is not a raw log we can read; says why, naming the file and, for columns, which are missing. */
export class RawLogFormatError extends Error {
	readonly problem: RawLogFormatProblem;
	readonly missing: RawLogRole[];
	readonly header: string[];
	/** The physical line of the problem, when it has one (line-ends). */
	readonly line: number | null;
	constructor(file: string, problem: RawLogFormatProblem, detail: { missing?: RawLogRole[]; duplicated?: RawLogRole[]; header?: string[]; line?: number } = {}) {
		const what: Record<RawLogFormatProblem, string> = {
			empty: 'the file is empty',
			binary: 'the file is not text (it holds binary bytes)',
			utf16: 'the file is UTF-16; save it as UTF-8 CSV',
			'no-header': 'no header row was found',
			columns: `the header lacks column(s) ${(detail.missing ?? []).join(', ') || '-'}${detail.duplicated?.length ? `; repeats ${detail.duplicated.join(', ')}` : ''} (header: ${(detail.header ?? []).join(' | ')})`,
			'line-ends': `line ${detail.line ?? '?'} ends with a carriage return (CR) alone, which could be a line end or part of a value; save the file with LF or CRLF line ends`
		};
		super(`${file}: ${what[problem]}`);
		this.name = 'RawLogFormatError';
		this.problem = problem;
		this.missing = detail.missing ?? [];
		this.header = detail.header ?? [];
		this.line = detail.line ?? null;
	}
}
