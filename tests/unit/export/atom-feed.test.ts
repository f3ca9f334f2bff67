import { describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/lib/data/catalog';
import { releaseItems, type ReleaseItem } from '../../../src/lib/data/catalogue/release-list';
import { embedded } from '../../../src/lib/data/embedded';
import { atomFeed, FEED_ID } from '../../../src/lib/export/atom-feed';

const items = releaseItems(catalogue, embedded.reference.indicators);

describe('the releases list', () => {
	it('lists every publication and revision, newest first, with the period as people read it', () => {
		expect(items.map((i) => [i.key, i.periodVi, i.published, i.revision])).toEqual([
			['illustrative-2019-monthly_all_all_r1', 'Tháng 01/2019 – Tháng 09/2019', '2026-11-23', 1],
			['cv3040-2019_2019-08-20_benefits_e_dossiers_r1', 'Đến 20/08/2019', '2019-08-20', 1]
		]);
		expect(items[0].indicatorVi).toContain(';');
		expect(items[0].illustrative).toBe(true);
	});
});

describe('the Atom feed', () => {
	const base: ReleaseItem = { ...items[1] };
	const revised: ReleaseItem = { ...base, key: 'k_r2', revision: 2, published: '2019-09-02', reason: 'Sửa <Hà Nội> & "Huế"', supersededBy: null };
	const feed = atomFeed([revised, { ...base, supersededBy: 2 }]);

	it('is Atom 1.0 with a feed id, title, updated (the latest release) and self link', () => {
		expect(feed.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">')).toBe(true);
		expect(feed).toContain(`<id>${FEED_ID}</id>`);
		expect(feed).toContain('<updated>2019-09-02T00:00:00+07:00</updated>');
		expect(feed).toContain('<link rel="self" type="application/atom+xml" href="feed.xml"/>');
		expect(feed.trimEnd().endsWith('</feed>')).toBe(true);
	});

	it('has one entry per publication and revision, the superseded one included, text escaped', () => {
		expect(feed.match(/<entry>/g)).toHaveLength(2);
		expect(feed).toContain('<title>Đến 20/08/2019 — Tỷ lệ giao dịch điện tử lĩnh vực thực hiện chính sách BHXH (bản 2)</title>');
		expect(feed).toContain('Bản 2 thay bản 1: Sửa &lt;Hà Nội&gt; &amp; &quot;Huế&quot;.');
		expect(feed).toContain('Đã được thay bằng bản 2.');
		expect(feed).toContain(`<id>${FEED_ID}:k_r2</id>`);
		expect(feed).not.toMatch(/<[^>]*&(?!amp;|lt;|gt;|quot;|apos;)/);
	});

	it('labels illustrative figures', () => {
		expect(atomFeed(items)).toContain('(bản 1) — Dữ liệu minh họa</title>');
	});
});
