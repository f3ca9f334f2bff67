import type { Locale } from '../base/locale';
import type { Period } from '../base/period';
import { roundHalfUpScaled } from '../base/round';

// Formatting is done by hand rather than with Intl so that the output is identical in every
// runtime (Node's small-ICU builds and browsers differ) and rounding stays exactly half-up.

interface NumberStyle {
	group: string;
	decimal: string;
}

const STYLES: Record<Locale, NumberStyle> = {
	vi: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

function groupDigits(digits: string, group: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group);
}

/** 168121 → "168.121" (vi) or "168,121" (en). Integers only: counts of dossiers, units, people. */
export function formatCount(value: number | bigint, locale: Locale = 'vi'): string {
	const n = typeof value === 'bigint' ? value : BigInt(Math.trunc(value));
	const sign = n < 0n ? '-' : '';
	const abs = n < 0n ? -n : n;
	return sign + groupDigits(abs.toString(), STYLES[locale].group);
}

/**
 * A fixed-point value given as an integer count of 10^-decimals units,
 * e.g. (22, 2) → "0,22". Sign is kept; no rounding happens here.
 */
export function formatFixed(scaled: number | bigint, decimals: number, locale: Locale = 'vi'): string {
	const n = BigInt(scaled);
	const sign = n < 0n ? '-' : '';
	const abs = (n < 0n ? -n : n).toString().padStart(decimals + 1, '0');
	const style = STYLES[locale];
	const intPart = groupDigits(abs.slice(0, abs.length - decimals), style.group);
	const frac = abs.slice(abs.length - decimals);
	return decimals > 0 ? `${sign}${intPart}${style.decimal}${frac}` : `${sign}${intPart}`;
}

/** A percentage held in hundredths of a percent (2234 → "22,34%"). */
export function formatPercentHundredths(hundredths: number | bigint, locale: Locale = 'vi'): string {
	return `${formatFixed(hundredths, 2, locale)}%`;
}

/** A percentage given as a plain number of percent (36.994 → "36,99%"), rounded half-up. */
export function formatPercent(percent: number, locale: Locale = 'vi', decimals = 2): string {
	return `${formatFixed(roundHalfUpScaled(percent, decimals), decimals, locale)}%`;
}

/** Percentage points, always signed: +3,20 điểm / -0,05 điểm is left to the caller's label. */
export function formatPoints(points: number, locale: Locale = 'vi', decimals = 2): string {
	const scaled = roundHalfUpScaled(points, decimals);
	const text = formatFixed(Math.abs(scaled), decimals, locale);
	return scaled > 0 ? `+${text}` : scaled < 0 ? `−${text}` : text;
}

function pad2(n: number): string {
	return n < 10 ? `0${n}` : String(n);
}

/** ISO date "2019-08-20" → "20/08/2019". Day first in both languages: the readers are in Vietnam. */
export function formatIsoDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new RangeError(`not an ISO date: ${iso}`);
	return `${m[3]}/${m[2]}/${m[1]}`;
}

/** "ngày 05 tháng 07 năm 2021", the form used in the dateline of official letters. */
export function formatLetterDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) throw new RangeError(`not an ISO date: ${iso}`);
	return `ngày ${pad2(Number(m[3]))} tháng ${pad2(Number(m[2]))} năm ${m[1]}`;
}

/** A period as people read it: "Quý 3/2019", "Tháng 08/2019", "Đến 20/08/2019". */
export function formatPeriod(p: Period, locale: Locale = 'vi'): string {
	const [year, second] = p.id.split('-');
	switch (p.kind) {
		case 'year':
			return locale === 'vi' ? `Năm ${year}` : `Year ${year}`;
		case 'quarter':
			return locale === 'vi' ? `Quý ${second.slice(1)}/${year}` : `${second} ${year}`;
		case 'month':
			return locale === 'vi' ? `Tháng ${second}/${year}` : `${second}/${year}`;
		case 'asOf':
			return locale === 'vi' ? `Đến ${formatIsoDate(p.id)}` : `As of ${formatIsoDate(p.id)}`;
	}
}
