import { ImportError, MAX_XLSX_ROWS, MAX_XLSX_UNCOMPRESSED } from './errors';

/**
 * Checks a ZIP before exceljs unzips it: that it holds a workbook at all, and that its parts do not
 * unzip past MAX_XLSX_UNCOMPRESSED nor its sheets past MAX_XLSX_ROWS rows. Sizes declared in the ZIP can
 * lie, so the sheets are inflated as a stream and counted, stopping at the first byte over a limit.
 */
interface Entry {
	name: string;
	method: number;
	compressedSize: number;
	size: number;
	localOffset: number;
}

function entries(bytes: Uint8Array): Entry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	let eocd = -1;
	for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
		if (view.getUint32(i, true) === 0x06054b50) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw new ImportError('badWorkbook', { message: 'not a complete ZIP file (no central directory)' });
	const count = view.getUint16(eocd + 10, true);
	let p = view.getUint32(eocd + 16, true);
	const out: Entry[] = [];
	const decoder = new TextDecoder();
	for (let k = 0; k < count; k++) {
		if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) throw new ImportError('badWorkbook', { message: 'damaged ZIP directory' });
		const nameLength = view.getUint16(p + 28, true);
		out.push({
			method: view.getUint16(p + 10, true),
			compressedSize: view.getUint32(p + 20, true),
			size: view.getUint32(p + 24, true),
			localOffset: view.getUint32(p + 42, true),
			name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength))
		});
		p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
	}
	return out;
}

function tooLarge(what: string, limit: string): ImportError {
	return new ImportError('workbookTooLarge', { what, limit });
}

const MB = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
const ROW = [0x3c, 0x72, 0x6f, 0x77]; // "<row"

/** Inflates one part as a stream, counting bytes and "<row" tags; stops as soon as a limit is passed. */
async function measure(bytes: Uint8Array, e: Entry, budget: { bytes: number }): Promise<number> {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const at = e.localOffset;
	if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ImportError('badWorkbook', { message: `damaged ZIP entry ${e.name}` });
	const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
	const data = bytes.subarray(start, Math.min(bytes.length, start + e.compressedSize));
	let rows = 0;
	let matched = 0;
	const count = (chunk: Uint8Array) => {
		budget.bytes -= chunk.length;
		if (budget.bytes < 0) throw tooLarge(`unzipped size over ${MB(MAX_XLSX_UNCOMPRESSED)}`, MB(MAX_XLSX_UNCOMPRESSED));
		for (const b of chunk) {
			matched = b === ROW[matched] ? matched + 1 : b === ROW[0] ? 1 : 0;
			if (matched === 4) {
				matched = 0;
				if (++rows > MAX_XLSX_ROWS) throw tooLarge(`more than ${MAX_XLSX_ROWS.toLocaleString('en')} rows in ${e.name}`, `${MAX_XLSX_ROWS.toLocaleString('en')} rows`);
			}
		}
	};
	if (e.method === 0) {
		count(data);
		return rows;
	}
	if (e.method !== 8) throw new ImportError('badWorkbook', { message: `unsupported compression in ${e.name}` });
	const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			count(value);
		}
	} catch (error) {
		if (error instanceof ImportError) throw error;
		throw new ImportError('badWorkbook', { message: `damaged ZIP entry ${e.name}` });
	} finally {
		reader.cancel().catch(() => {});
	}
	return rows;
}

export async function checkXlsxZip(bytes: Uint8Array): Promise<void> {
	const list = entries(bytes);
	const names = new Set(list.map((e) => e.name));
	if (!names.has('xl/workbook.xml')) {
		const kind = names.has('word/document.xml') ? 'Word (.docx)' : names.has('content.xml') ? 'OpenDocument (.odt/.ods)' : names.has('ppt/presentation.xml') ? 'PowerPoint (.pptx)' : '';
		throw new ImportError('notWorkbook', kind ? { kind } : {});
	}
	const declared = list.reduce((s, e) => s + e.size, 0);
	if (declared > MAX_XLSX_UNCOMPRESSED) throw tooLarge(`unzipped size ${MB(declared)}`, MB(MAX_XLSX_UNCOMPRESSED));
	const budget = { bytes: MAX_XLSX_UNCOMPRESSED };
	for (const e of list) if (/^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/.test(e.name)) await measure(bytes, e, budget);
}
