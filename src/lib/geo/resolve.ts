import { labelKey } from '../base/fold';
import type { Province } from './types';

const PREFIXES = [['bhxh'], ['bao', 'hiem', 'xa', 'hoi'], ['tinh'], ['tp'], ['thanh', 'pho'], ['t', 'p']];

/**
 * The comparison key of a unit name: NFC, lower case, no diacritics (đ → d), no punctuation, no
 * spaces, and without the prefixes that offices put in front ("BHXH", "Tỉnh", "TP", "Tp.", "Thành phố").
 * "BHXH Tỉnh TT-Huế" → "tthue"; "Bà Rịa–Vũng Tàu" and "BaRia-VungTau" → "bariavungtau".
 */
export function nameKey(name: string): string {
	let tokens = labelKey(name).split(' ').filter(Boolean);
	let stripped = true;
	while (stripped && tokens.length > 1) {
		stripped = false;
		for (const prefix of PREFIXES) {
			if (prefix.length < tokens.length && prefix.every((t, i) => tokens[i] === t)) {
				tokens = tokens.slice(prefix.length);
				stripped = true;
				break;
			}
		}
	}
	return tokens.join('');
}

export type Resolution =
	| { ok: true; code: string }
	| { ok: false; reason: 'unknown' | 'ambiguous'; suggestions: string[] };

export interface ProvinceResolver {
	resolve(input: string): Resolution;
}

function editDistance(a: string, b: string): number {
	const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0];
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j];
			prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = up;
		}
	}
	return prev[b.length];
}

/** Resolves codes ("1", "01") and names in any of the spellings met in real files to a unit code. */
export function createResolver(units: readonly Province[]): ProvinceResolver {
	const byKey = new Map<string, Set<string>>();
	const codes = new Set(units.map((u) => u.code));
	for (const unit of units) {
		for (const name of [unit.name, `${unit.kind} ${unit.name}`, ...unit.variants]) {
			const key = nameKey(name);
			if (!key) continue;
			if (!byKey.has(key)) byKey.set(key, new Set());
			byKey.get(key)!.add(unit.code);
		}
	}
	return {
		resolve(input: string): Resolution {
			const trimmed = input.trim();
			if (/^\d{1,2}$/.test(trimmed)) {
				const code = trimmed.padStart(2, '0');
				return codes.has(code) ? { ok: true, code } : { ok: false, reason: 'unknown', suggestions: [] };
			}
			const key = nameKey(trimmed);
			const found = byKey.get(key);
			if (found && found.size === 1) return { ok: true, code: [...found][0] };
			if (found && found.size > 1) return { ok: false, reason: 'ambiguous', suggestions: [...found].sort() };
			const scored = [...byKey.entries()]
				.map(([k, set]) => ({ distance: editDistance(key, k), codes: [...set] }))
				.filter((s) => s.distance <= Math.max(2, Math.floor(key.length / 3)))
				.sort((a, b) => a.distance - b.distance);
			const suggestions: string[] = [];
			for (const s of scored) for (const c of s.codes) if (!suggestions.includes(c)) suggestions.push(c);
			return { ok: false, reason: 'unknown', suggestions: suggestions.slice(0, 3) };
		}
	};
}
