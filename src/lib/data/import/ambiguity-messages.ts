import { message, messageIn, type MessageKey } from '../../i18n/t';

/** The messages of the ambiguity stops (see ambiguity.ts), through the message catalogue (ambiguity group). */
const DELIMITERS: Record<string, MessageKey> = { ';': 'ambiguity.semicolon', ',': 'ambiguity.comma', '\t': 'ambiguity.tab', '|': 'ambiguity.bar' };
const KINDS = new Set(['lineEndings', 'mixedDelimiters', 'dataBeforeHeader', 'secondHeader', 'rowNumbersAsCounts', 'roleChange', 'columnRuns', 'spacedColumns']);

export function describeAmbiguity(d: Record<string, string | number>, locale: 'vi' | 'en'): string {
	const where = d.line === undefined ? '' : message(locale, 'ambiguity.where', { line: d.line });
	const kind = String(d.kind);
	if (!KINDS.has(kind)) return where + kind;
	const delimiter = (c: string | number) => (DELIMITERS[c] ? messageIn(locale, DELIMITERS[c], {}) : c);
	const values = kind === 'mixedDelimiters' ? { ...d, found: delimiter(d.found), main: delimiter(d.main) } : d;
	return where + messageIn(locale, `ambiguity.${kind}`, values) + message(locale, 'ambiguity.stop');
}
