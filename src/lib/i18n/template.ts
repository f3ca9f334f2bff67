/** Fills "{name}" in a string; the values are shown as text, never as markup, and an unknown name stays as it is. */
export function fillTemplate(text: string, values: Record<string, string | number> = {}): string {
	return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
