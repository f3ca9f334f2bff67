import type { Locale } from '../base/locale';

/** Data that carries its own names in both languages: indicators and targets, regions, datasets. */
export type Bilingual = { labelVi: string; labelEn: string } | { nameVi: string; nameEn: string } | { titleVi: string; titleEn: string };

/**
 * The one way pages and components name data (an indicator, a region, a dataset, a target) in the
 * reader's language; undefined when there is no such item.
 */
export function dataLabel(item: Bilingual, locale: Locale): string;
export function dataLabel(item: Bilingual | null | undefined, locale: Locale): string | undefined;
export function dataLabel(item: Bilingual | null | undefined, locale: Locale): string | undefined {
	if (!item) return undefined;
	const vi = locale === 'vi';
	if ('labelVi' in item) return vi ? item.labelVi : item.labelEn;
	if ('nameVi' in item) return vi ? item.nameVi : item.nameEn;
	return vi ? item.titleVi : item.titleEn;
}

/** The decimal mark people type and read: "36,99" in Vietnamese, "36.99" in English. */
export function decimalMark(locale: Locale): string {
	return locale === 'vi' ? ',' : '.';
}

/** What a link adds to keep the language: nothing for Vietnamese (the default), "?lang=en" for English. */
export function langQuery(locale: Locale): string {
	return locale === 'en' ? '?lang=en' : '';
}

/**
 * A field that data carries in both languages as `<field>Vi` / `<field>En` (a release's period, indicator,
 * dataset): `fieldLabel(release, 'period', locale)`.
 */
export function fieldLabel<F extends string>(item: Record<`${F}Vi` | `${F}En`, string>, field: F, locale: Locale): string {
	return locale === 'vi' ? item[`${field}Vi`] : item[`${field}En`];
}
