/** What the table import says about a file: the findings of its rows, its stops and errors, its line accounting (data/import). */
export const finding = {
	electronicExceedsTotal: 'electronic exceeds total ({total})',
	negativeCount: 'negative count',
	nonIntegerCount: 'a count must be a whole number',
	notANumber: 'not a number (number style {style})',
	missingValue: 'missing value',
	unknownProvince: 'unknown province or unit',
	unknownProvinceSuggest: 'unknown province or unit; did you mean: {suggestions}?',
	ambiguousProvince: 'name matches several units: {suggestions}',
	codeNameMismatch: 'the code is {unit} but the name is {named}',
	duplicateUnit: 'duplicate unit {unit} for the same period and indicator (first at row {firstRow})',
	unknownPeriod: 'not a period (year, quarter, month or date)',
	unknownIndicator: 'unknown indicator',
	statedRateDiffers: 'stated rate differs from electronic/total ({computed}%) by more than 0.01 point',
	badStatedRate: 'stated rate is not a number; ignored',
	missingProvinces: 'period {period}, indicator {indicator}: {count} units missing: {names}',
	totalRow: 'total row: set aside, not imported',
	totalRowDiffers: 'the total row differs from the sum of the imported rows ({electronic} / {total})',
	textRow: 'row without figures (note or subtitle): set aside',
	repeatedHeader: 'repeated header row: set aside',
	cellTooLong: 'a cell of {length} characters, over the limit of {limit}: row rejected',
	extraCells: "the row has cells beyond the header's {width} columns (a delimiter inside a value, or a shifted row?)",
	beyondExactIntegers: 'a number too large to count exactly (beyond 2^53)',
	codeEmptyNamed: 'code empty; unit taken from its name: {unit}',
	signatureBlock: 'after the table, without figures (signature, date line or note): set aside',
	csvRow: 'Row',
	csvReason: 'Reason'
} as const;

export const importError = {
	legacyEncoding:
		"The text looks like it is in the legacy {encoding} encoding, not Unicode: unit names would not read. Convert it to Unicode (e.g. UniKey's converter) and import again.",
	notWorkbook: 'This ZIP file holds no .xlsx workbook (no xl/workbook.xml). Choose an .xlsx or CSV file.',
	notWorkbookKind: 'This ZIP file holds no .xlsx workbook (no xl/workbook.xml); it looks like a {kind} file. Choose an .xlsx or CSV file.',
	workbookTooLarge:
		'The workbook is too large to read in the page: {what} passes the limit of {limit}. A table by province has a few hundred rows; export a raw dossier log as CSV and use "Raw dossier logs".',
	empty: 'The file is empty: there is no row to import.',
	binary: 'The file is not text (CSV, TXT) nor an .xlsx workbook: it looks binary. Save the table as CSV or .xlsx and choose it again.',
	tooLarge: 'The file is {bytes} MB, over the {limit} MB limit of the table import. For large raw dossier logs use "Raw dossier logs".',
	tooManyColumns: 'Row {row} has {columns} columns (at most {limit}): this is not a table of figures by province. Check the delimiter or the file.',
	noHeader: 'No header row found (needs at least a unit or province-code column and a count column). Choose each column’s role below.',
	badWorkbook: 'Could not read the .xlsx workbook: {message}',
	unsupported: 'The {kind} format is not supported; save it as .xlsx or CSV.'
} as const;

export const ambiguity = {
	where: 'Line {line}: ',
	stop: ' Nothing was imported: fix the file (or the choice) and import again.',
	lineEndings:
		'this line ends in {found} while the other lines end in {main}: it may split one row or join two. Save the file with one kind of line ending.',
	mixedDelimiters: 'this line is separated by {found} while the file uses {main}: its columns are unclear.',
	dataBeforeHeader: 'a row of figures lies before the header row (line {header}): either the header is elsewhere or the file joins several tables.',
	secondHeader: 'this row looks like a second header ({text}) that differs from the header on line {header}: the columns below it are unclear.',
	rowNumbersAsCounts: 'column "{column}" holds {values} … like row numbers (STT), not counts of dossiers: check the column roles.',
	roleChange: 'from this row column "{column}" holds unit names and the unit column holds numbers: the columns seem to change roles mid-file.',
	columnRuns: 'the columns of the table copied from a PDF have different lengths ({lengths}): rows cannot be put together with certainty.',
	spacedColumns:
		'the figure columns of this text copied from a PDF (single spaces) cannot be told apart with certainty ({found} figures on this line, {expected} on the others, or the header does not name them / the figures do not bear out electronic, total, rate).',
	semicolon: 'semicolon (;)',
	comma: 'comma (,)',
	tab: 'tab',
	bar: 'bar (|)'
} as const;

export const accounting = {
	line: '{file}: {total} {unit} = {parts}',
	unitRow: 'sheet rows',
	unitLine: 'lines',
	preamble: 'title/preamble',
	header: 'header',
	imported: 'imported',
	setAside: 'set aside',
	rejected: 'rejected',
	unread: 'unread',
	blank: 'blank',
	multiLine: ' ({n} rows span several lines)',
	unaccounted: '; {n} lines in no part: {lines}'
} as const;
