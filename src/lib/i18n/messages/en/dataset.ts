/** Choosing a dataset, shipped or imported into this browser, and its states while it loads. */
export const dataset = {
	embeddedGroup: 'Shipped with the app',
	importedGroup: 'Imported in this browser',
	importedSuffix: '(imported)',
	notInBrowser: '(not in this browser)',
	importedBanner: 'Imported data',
	notFound: 'This browser holds no imported dataset with the id “{id}”. Imported datasets are kept only in the browser that imported them: import the file again, or import an exported workspace file, on the import page.',
	openImport: 'Open the import page',
	storageError: 'Could not read the dataset from the browser’s storage (IndexedDB): {message}',
	retry: 'Try again',
	notInWorkspace: 'There is no dataset "{id}" in this browser’s workspace (see the Import page).'
} as const;
