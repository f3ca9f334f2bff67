import { releaseText, type ReleaseCitation } from '../data/catalogue/release-line';
import type { DatasetInfo } from '../data/observation';
import { formatIsoDate } from '../i18n/format';

/** The words every document made from illustrative figures must carry. */
export const ILLUSTRATIVE_LABEL = 'Dữ liệu minh họa';

/** Where an imported dataset sits in this browser's workspace. */
export interface ImportedOrigin {
	/** The name the user gave it in the workspace. */
	name: string;
	/** ISO timestamp of the import (the workspace entry's updatedAt). */
	importedAt: string;
}

/**
 * The citation printed after "Nguồn số liệu:" in every exported document. An imported dataset says it was
 * imported, under which name, from which file and when; illustrative figures always say so, whatever their
 * own source text holds. Figures of a published release cite that release's source, date and revision, so
 * that the document can be reproduced from the same release later.
 */
export function reportSource(info: Pick<DatasetInfo, 'source' | 'nature'>, imported: ImportedOrigin | null, release: ReleaseCitation | null = null): string {
	const file = (release && !imported ? release.source : info.source).trim();
	let text: string;
	if (imported) {
		const name = imported.name.trim();
		const date = /^\d{4}-\d{2}-\d{2}/.test(imported.importedAt) ? formatIsoDate(imported.importedAt.slice(0, 10)) : null;
		const details = [file && file !== name ? `từ “${file}”` : null, date ? `ngày ${date}` : null].filter(Boolean).join(', ');
		text = `bộ số liệu “${name || file}” (đã nhập vào không gian làm việc${details ? ` ${details}` : ''})`;
	} else {
		text = file;
	}
	if (info.nature === 'illustrative' && !text.toLocaleLowerCase('vi').includes(ILLUSTRATIVE_LABEL.toLocaleLowerCase('vi'))) {
		text = `${ILLUSTRATIVE_LABEL}, không phải số liệu thật — ${text}`;
	}
	return release && !imported ? `${text} (${releaseText(release, 'vi')})` : text;
}
