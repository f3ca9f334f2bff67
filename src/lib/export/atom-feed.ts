import type { ReleaseItem } from '../data/catalogue/release-list';
import { formatCount } from '../i18n/format';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** A publication date as an Atom date: midnight in Viet Nam. */
const atomDate = (iso: string) => `${iso}T00:00:00+07:00`;

export const FEED_ID = 'urn:x-bhxh-adoption-dashboard:releases';

/**
 * The releases as an Atom 1.0 feed (RFC 4287) that a feed reader or Outlook can follow: one entry per
 * publication and per revision, newest first, in Vietnamese. Links are relative to the feed's own address
 * (the site may be served under any path, without network access), so the entries point to the releases page.
 */
export function atomFeed(items: readonly ReleaseItem[]): string {
	const updated = items.reduce((latest, i) => (i.published > latest ? i.published : latest), '1970-01-01');
	const entries = items.map((i) => {
		const title = `${i.periodVi} — ${i.indicatorVi} (bản ${i.revision})${i.illustrative ? ' — Dữ liệu minh họa' : ''}`;
		const summary = [
			`${i.datasetVi}. Nguồn: ${i.source}.`,
			i.revision > 1 ? `Bản ${i.revision} thay bản ${i.revision - 1}: ${i.reason}.` : i.reason ? `${i.reason}.` : '',
			i.supersededBy !== null ? `Đã được thay bằng bản ${i.supersededBy}.` : '',
			`${formatCount(i.units)} đơn vị; tệp nguồn ${i.sourceFile} (SHA-256 ${i.sourceSha256}): ${formatCount(i.rowsRead)} dòng đọc, ${formatCount(i.rowsImported)} dòng nhập, ${formatCount(i.rowsSetAside)} dòng để riêng.`
		]
			.filter(Boolean)
			.join(' ');
		return [
			'  <entry>',
			`    <id>${escapeXml(`${FEED_ID}:${i.key}`)}</id>`,
			`    <title>${escapeXml(title)}</title>`,
			`    <updated>${atomDate(i.published)}</updated>`,
			`    <published>${atomDate(i.published)}</published>`,
			`    <link rel="alternate" type="text/html" href="${escapeXml(`./#${i.key}`)}"/>`,
			`    <summary type="text">${escapeXml(summary)}</summary>`,
			'  </entry>'
		].join('\n');
	});
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
		`  <id>${FEED_ID}</id>`,
		'  <title>Cập nhật số liệu — Tỷ lệ giao dịch điện tử BHXH</title>',
		'  <subtitle>Các lần phát hành và đính chính số liệu (Releases and revisions of the figures)</subtitle>',
		`  <updated>${atomDate(updated)}</updated>`,
		'  <author><name>Bảng theo dõi tỷ lệ giao dịch điện tử BHXH</name></author>',
		'  <link rel="self" type="application/atom+xml" href="feed.xml"/>',
		'  <link rel="alternate" type="text/html" href="./"/>',
		...entries,
		'</feed>',
		''
	].join('\n');
}
