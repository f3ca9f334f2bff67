import { DEFAULT_LOCALE, isLocale, type Locale } from '../base/locale';
import type { UnitSet } from '../geo/types';
import { DEFAULT_TARGET_HUNDREDTHS, parseTargetPercent } from './view-state';
import { readUnitSet, writeUnitSet } from './unit-set';

export type MapColour = 'rate' | 'status';

/** The map page's view, in its URL: ?units=34&colour=status&target=60&lang=en. */
export interface MapState {
	unitSet: UnitSet;
	colour: MapColour;
	targetHundredths: number;
	locale: Locale;
}

export const DEFAULT_MAP: MapState = { unitSet: 63, colour: 'rate', targetHundredths: DEFAULT_TARGET_HUNDREDTHS, locale: DEFAULT_LOCALE };

export function readMapState(params: URLSearchParams): MapState {
	const target = params.get('target');
	const lang = params.get('lang');
	return {
		unitSet: readUnitSet(params),
		colour: params.get('colour') === 'status' ? 'status' : 'rate',
		targetHundredths: (target === null ? null : parseTargetPercent(target)) ?? DEFAULT_TARGET_HUNDREDTHS,
		locale: isLocale(lang) ? lang : DEFAULT_LOCALE
	};
}

export function writeMapState(state: MapState): URLSearchParams {
	let params = new URLSearchParams();
	params = writeUnitSet(params, state.unitSet);
	if (state.colour !== 'rate') params.set('colour', state.colour);
	if (state.targetHundredths !== DEFAULT_TARGET_HUNDREDTHS) params.set('target', (state.targetHundredths / 100).toString());
	if (state.locale !== DEFAULT_LOCALE) params.set('lang', state.locale);
	return params;
}

/**
 * The parameters a unit's page shares with the map and the overview (target and language), so a
 * click through keeps the same target and language.
 */
export function sharedParams(state: Pick<MapState, 'targetHundredths' | 'locale'>): string {
	const params = new URLSearchParams();
	if (state.targetHundredths !== DEFAULT_TARGET_HUNDREDTHS) params.set('target', (state.targetHundredths / 100).toString());
	if (state.locale !== DEFAULT_LOCALE) params.set('lang', state.locale);
	const text = params.toString();
	return text ? `?${text}` : '';
}
