/** A unit page's section on its receiving offices (from an imported raw dossier log). */
export const office = {
	title: 'Receiving offices of {unit}',
	noList:
		'There is no national list of receiving offices (district or grassroots BHXH offices): offices are named exactly as in the imported dossier log, and ranked by the same rules as the provinces (exact rates; equal rates share a rank).',
	period: 'Period {period}',
	change: 'compared with {period}',
	stt: 'No.',
	office: 'Receiving office',
	electronic: 'Electronic',
	total: 'Total',
	rate: 'Rate',
	rank: 'Rank',
	delta: 'Change (points)',
	move: 'Rank change',
	sum: 'Sum (whole province)',
	word: 'Offices appendix (Word)',
	excel: 'Offices appendix (Excel)',
	none: 'The imported dossier log has no receiving-office figures for this period.'
} as const;
