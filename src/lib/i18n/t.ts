import type { Locale } from '../base/locale';
import { en } from './messages/en';
import type { Placeholders } from './messages/shape';
import { vi } from './messages/vi';
import { fillTemplate } from './template';

/** The one message catalogue per language, grouped by page or feature (src/lib/i18n/messages/<lang>/<group>.ts). */
export const CATALOGUES = { vi, en } as const;

export type Catalogue = typeof vi;
export type MessageGroup = keyof Catalogue;
/** Every message, as "group.key" (e.g. "report.orderAsc"). */
export type MessageKey = { [G in MessageGroup]: `${G}.${keyof Catalogue[G] & string}` }[MessageGroup];

type TextOf<K extends MessageKey> = K extends `${infer G extends MessageGroup}.${infer N}` ? (N extends keyof Catalogue[G] ? Catalogue[G][N] : never) : never;

/** The values a message needs: none, or one per {placeholder} (a missing one fails npm run check). */
export type MessageValues<K extends MessageKey> = [Placeholders<TextOf<K>>] extends [never]
	? [values?: Record<string, never>]
	: [values: Record<Placeholders<TextOf<K>>, string | number>];

/** The text of `key` in `locale`, its {placeholders} filled (values are text, never markup). */
export function message<K extends MessageKey>(locale: Locale, key: K, ...[values]: MessageValues<K>): string {
	const dot = key.indexOf('.');
	const group = CATALOGUES[locale][key.slice(0, dot) as MessageGroup] as Record<string, string>;
	return fillTemplate(group[key.slice(dot + 1)], values ?? {});
}

/** The page's `t(key, values)` for one language: `const t = $derived(translate(locale))`. */
export function translate(locale: Locale) {
	return <K extends MessageKey>(key: K, ...values: MessageValues<K>): string => message(locale, key, ...values);
}

export type Translate = ReturnType<typeof translate>;

/** A message without placeholders: what a table of keys (roles, statuses, links) may hold. */
export type PlainMessageKey = { [K in MessageKey]: [Placeholders<TextOf<K>>] extends [never] ? K : never }[MessageKey];

/**
 * A message whose key is made at run time (e.g. `finding.${code}`), its values as the data carries them. The
 * tables of such keys are checked by tests (tests/unit/i18n): every code has its message in both languages.
 */
export function messageIn(locale: Locale, key: string, values: Record<string, string | number | undefined> = {}): string {
	const dot = key.indexOf('.');
	const group = CATALOGUES[locale][key.slice(0, dot) as MessageGroup] as Record<string, string> | undefined;
	const text = group?.[key.slice(dot + 1)];
	if (text === undefined) throw new Error(`no message "${key}" in ${locale}`);
	return fillTemplate(text, values as Record<string, string | number>);
}
