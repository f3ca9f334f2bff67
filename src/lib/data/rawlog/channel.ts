import { labelKey } from '../../base/fold';

/** How a dossier reached the office. */
export type Channel = 'electronic' | 'paper';

// Keys as labelKey() gives them. Only labels whose meaning is not in doubt: a value outside these
// lists is rejected with its text, never guessed.
const ELECTRONIC = new Set([
	'dien tu',
	'giao dich dien tu',
	'ho so dien tu',
	'gddt',
	'gd dt',
	'hsdt',
	'electronic',
	'e',
	'online',
	'truc tuyen',
	'dich vu cong',
	'dich vu cong truc tuyen',
	'dvc',
	'dvctt',
	'dvcqg',
	'cong dich vu cong',
	'i van',
	'ivan',
	'vssid',
	'internet'
]);

const PAPER = new Set([
	'giay',
	'ho so giay',
	'ban giay',
	'paper',
	'truc tiep',
	'nop truc tiep',
	'tai quay',
	'mot cua',
	'bo phan mot cua',
	'buu dien',
	'buu chinh',
	'qua buu dien',
	'postal',
	'post',
	'in person',
	'counter',
	'offline'
]);

/**
 * "điện tử", "dien tu", "Electronic", "online", "GDĐT", "Trực tuyến", "I-VAN", "VssID" → electronic;
 * "giấy", "paper", "trực tiếp", "Bưu điện", "một cửa" → paper; anything else → null (rejected).
 */
export function normaliseChannel(raw: string): Channel | null {
	const key = labelKey(raw);
	if (ELECTRONIC.has(key)) return 'electronic';
	if (PAPER.has(key)) return 'paper';
	return null;
}
