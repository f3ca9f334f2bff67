/** The one module of the export code that touches the DOM: hands bytes to the browser as a file. */
export function downloadBytes(bytes: Uint8Array, filename: string, mime: string): void {
	const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime });
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoke later: some browsers start reading the blob only after click() returns.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
