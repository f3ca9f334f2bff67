import type { Translate } from '$lib/i18n/t';

// The channel words a raw dossier log may use (the same in both languages: they are the log's own words).
const ELECTRONIC = 'điện tử, giao dịch điện tử, hồ sơ điện tử, GDĐT, HSĐT, electronic, online, trực tuyến, dịch vụ công (trực tuyến), DVC, DVCTT, DVCQG, cổng dịch vụ công, I-VAN, VssID, internet';
const PAPER = 'giấy, hồ sơ giấy, bản giấy, paper, trực tiếp, nộp trực tiếp, tại quầy, một cửa, bộ phận một cửa, bưu điện, bưu chính, qua bưu điện, postal, post, in person, counter, offline';

/** One section of the method page ("Phương pháp"). */
export interface MethodSection {
	id: string;
	title: string;
	paragraphs: string[];
}

/** The method page's sections in the reader's language (texts in the catalogue's `method` group). */
export function methodSections(t: Translate): MethodSection[] {
	return [
		{ id: 'rate', title: t('method.rateTitle'), paragraphs: [t('method.rate1')] },
		{ id: 'national', title: t('method.nationalTitle'), paragraphs: [t('method.national1')] },
		{ id: 'rounding', title: t('method.roundingTitle'), paragraphs: [t('method.rounding1')] },
		{ id: 'rank', title: t('method.rankTitle'), paragraphs: [t('method.rank1'), t('method.rank2')] },
		{ id: 'change', title: t('method.changeTitle'), paragraphs: [t('method.change1'), t('method.change2')] },
		{ id: 'flags', title: t('method.flagsTitle'), paragraphs: [t('method.flags1')] },
		{ id: 'what-it-takes', title: t('method.whatItTakesTitle'), paragraphs: [t('method.whatItTakes1')] },
		{ id: 'units34', title: t('method.units34Title'), paragraphs: [t('method.units34Text')] },
		{ id: 'channels', title: t('method.channelsTitle'), paragraphs: [t('method.channels1', { electronic: ELECTRONIC }), t('method.channels2', { paper: PAPER })] },
		{ id: 'revisions', title: t('method.revisionsTitle'), paragraphs: [t('method.revisions1')] }
	];
}
