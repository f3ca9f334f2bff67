/** The releases page ("Cập nhật số liệu") and preparing a publication from the import page. */
export const releases = {
	title: 'Data releases',
	intro:
		'Every publication of one period and indicator, and every correction (a new revision), is recorded here with its provenance: the file received and its SHA-256, the rows read, imported and set aside. Earlier revisions are kept and listed; pages and exported documents name the revision they use.',
	feed: 'Follow as an Atom feed (Outlook, feed readers)',
	count: '{n} publications and revisions',
	published: 'Released on',
	dataset: 'Dataset',
	indicator: 'Indicator',
	revision: 'Revision',
	units: 'Units',
	source: 'Source',
	reason: 'Reason',
	sourceFile: 'Source file',
	rows: 'Rows',
	rowsText: '{read} read, {imported} imported, {setAside} set aside',
	file: 'Figures file (download)',
	current: 'Current revision',
	superseded: 'Replaced by revision {n}',
	illustrative: 'Illustrative data — not real figures',
	releaseLine: 'Figures released on {date}, revision {n}',
	method: 'How rates are computed, rounded and ranked, and the revision policy: see the Method page.',
	prepare: 'Prepare for publication',
	prepareHelp: 'No row was rejected: download one period and indicator as the file the publish command accepts unchanged, for whoever builds the site.',
	prepareChoose: 'This file holds several periods or indicators; choose one:',
	prepareDone: 'Downloaded {file} ({n} units). To publish: npm run --silent cli -- publish --input {file}',
	releasedLine: 'Figures released on {date}, revision {revision}'
} as const;
