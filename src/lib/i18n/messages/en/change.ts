/** The overview's change columns (against the previous published period and the first of the year). */
export const change = {
	title: 'Change since the previous period',
	caption: 'Change of rate and rank by unit, {period}',
	vsPrevious: 'Against {period}',
	vsYearStart: 'Against the start of the year ({period})',
	none: 'No earlier period to compare with yet.',
	improved: 'Units improved',
	declined: 'Units declined',
	unchanged: 'Unchanged',
	unit: 'Unit',
	rate: 'Rate',
	rank: 'Rank',
	delta: 'Change (points)',
	rankChange: 'Rank change',
	flags: 'Flags',
	rules: 'Flag rules: fell 5 places or more since the previous period; below target in each of the last 3 periods; among the 5 lowest (ties share a place). Rank counts from the top: rank 1 is the highest rate; ▲3 means up 3 places.',
	flagFell5: 'Fell ≥ 5 places',
	flagBelowTarget3: 'Below target 3 periods running',
	flagLowest5: 'Among the 5 lowest',
	periodLoading: 'Loading the chosen period into DuckDB in the browser…',
	dataset: 'Dataset'
} as const;
