import { interpolateYlGnBu, lab, scaleSequential } from 'd3';

/** The colour of a rate (0..1) on the map: one fixed scale, so maps of different periods compare. */
export const rateColour = scaleSequential(interpolateYlGnBu).domain([0, 1]);

export const STATUS_COLOURS = { meets: '#1b7f5a', below: '#d9822b', none: '#c9ccd1' } as const;
export type TargetStatus = keyof typeof STATUS_COLOURS;

/** Text colour that stays readable on a tile's fill (WCAG contrast on light and dark fills). */
export function inkOn(fill: string): string {
	return lab(fill).l < 60 ? '#ffffff' : '#1d1d1f';
}
