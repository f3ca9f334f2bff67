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
