import type { TileLayout } from '../geo/tile-grid';
import { tileLines } from '../geo/short-names';
import type { Province } from '../geo/types';
import { formatCount, formatPercentHundredths } from '../i18n/format';
import type { Locale } from '../base/locale';
import type { RankingRow } from '../metrics/ranking';
import { compareRates } from '../base/rate';
import { inkOn, rateColour, STATUS_COLOURS } from './tile-colours';

/** One tile as the map draws it: plain data, computed outside the chart. */
export interface MapTile {
	code: string;
	col: number;
	row: number;
	/** The name on the tile, one or two short lines. */
	nameLines: string[];
	/** The figure under the name ("2,34%"), or "" for none. */
	figure: string;
	fill: string;
	ink: string;
	/** What a screen reader says and the tooltip shows, in full. */
	label: string;
	/** Lines of the hover/focus box. */
	details: string[];
	href: string;
	/** Drawn with a heavy outline (the unit of the page). */
	highlight: boolean;
}

export interface TileOptions {
	colour: 'rate' | 'status' | 'highlight';
	locale: Locale;
	/** Link of a unit's page. */
	hrefOf: (code: string) => string;
	highlight?: string | null;
}

const WORDS = {
	vi: { rank: 'hạng', bestFirst: 'cao nhất trước', lowestFirst: 'STT phụ lục', meets: 'đạt mục tiêu', below: 'chưa đạt mục tiêu', noData: 'không có số liệu', dossiers: 'hồ sơ điện tử' },
	en: { rank: 'rank', bestFirst: 'best first', lowestFirst: 'appendix no.', meets: 'meets the target', below: 'below the target', noData: 'no data', dossiers: 'electronic dossiers' }
} as const;

/**
 * A tile's accessible name begins with the words it shows ("Lào Cai 0,43%"; WCAG 2.5.3 Label in Name:
 * a voice user says what they see), then the details not already said.
 */
function tileLabel(name: string, nameLines: readonly string[], figure: string, details: readonly string[]): string {
	const shown = [...nameLines, figure].filter(Boolean).join(' ');
	const [first, ...others] = details.slice(1).map((d) => (figure && d.startsWith(figure) ? d.slice(figure.length).trim() : d));
	const counts = first?.startsWith('(') ? ` ${first}` : '';
	const rest = counts ? others : details.slice(1);
	return [shown + counts, ...(nameLines.join(' ') === name ? [] : [name]), ...rest].join('; ');
}

/**
 * The tiles of a layout with the figures of a ranking (in appendix order, lowest first; best-first
 * ranks are derived from it). Units of the layout without a row are drawn grey with "no data".
 */
export function buildMapTiles(layout: TileLayout, units: readonly Province[], ranking: readonly RankingRow[], options: TileOptions): MapTile[] {
	const w = WORDS[options.locale];
	const byCode = new Map(ranking.map((r) => [r.code, r]));
	const unitByCode = new Map(units.map((u) => [u.code, u]));
	const ranked = ranking.filter((r) => r.rank !== null);
	const n = ranked.length;
	return layout.tiles.map((tile) => {
		const unit = unitByCode.get(tile.code);
		const name = unit ? unit.name : tile.code;
		const row = byCode.get(tile.code);
		const hasRate = row !== undefined && row.rateHundredths !== null;
		const rateText = hasRate ? formatPercentHundredths(row.rateHundredths!, options.locale) : '';
		// Best-first rank: 1 + units with a strictly higher rate.
		const bestRank = hasRate ? 1 + ranked.filter((r) => compareRates(r, row) > 0).length : null;
		const status = !hasRate ? 'none' : row.meetsTarget === true ? 'meets' : row.meetsTarget === false ? 'below' : 'none';
		const highlight = options.highlight === tile.code;
		const fill =
			options.colour === 'highlight'
				? highlight
					? '#0b5394'
					: '#dfe5ee'
				: options.colour === 'status'
					? STATUS_COLOURS[status]
					: hasRate
						? rateColour(row.rate!)
						: STATUS_COLOURS.none;
		const details = hasRate
			? [
					name,
					`${rateText} (${formatCount(row.electronic, options.locale)} / ${formatCount(row.total, options.locale)} ${w.dossiers})`,
					`${w.lowestFirst} ${row.position}/${n} · ${w.rank} ${bestRank}/${n} ${w.bestFirst}`,
					...(row.meetsTarget === null ? [] : [row.meetsTarget ? w.meets : w.below])
				]
			: [name, w.noData];
		const nameLines = tileLines({ name });
		const figure = options.colour === 'highlight' ? '' : rateText;
		return {
			code: tile.code,
			col: tile.col,
			row: tile.row,
			nameLines,
			figure,
			fill,
			ink: inkOn(fill),
			label: tileLabel(name, nameLines, figure, details),
			details,
			href: options.hrefOf(tile.code),
			highlight
		};
	});
}
