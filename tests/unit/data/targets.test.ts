import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataFileError } from '../../../src/lib/base/data-file-error';
import { isTargetProblem, parseTargets, readTarget, targetFields, TARGETS_FILE, type TargetContext } from '../../../src/lib/data/targets';

const context: TargetContext = {
	indicators: new Set(['benefits_e_dossiers', 'participation_e_dossiers', 'employers_registered', 'vssid_accounts']),
	regions: new Set(['DBSH']),
	provinces: new Set(['01', '38'])
};
const text = readFileSync(TARGETS_FILE, 'utf8');

describe('data/targets.csv', () => {
	it('holds the targets of the letters and decisions, each with its source', () => {
		const targets = parseTargets(text, context);
		expect(targets.map((t) => [t.id, t.kind, t.value, t.deadline])).toEqual([
			['cv3040-2019-benefits', 'relative_rate', 10000, '2019-12-31'],
			['th1240-2015-employers', 'absolute_rate', 10000, '2015-10-31'],
			['qd942-2025-benefits', 'absolute_rate', 8000, '2025-12-31'],
			['qd942-2025-participation', 'absolute_rate', 8000, '2025-12-31'],
			['qd38-2025-vssid', 'absolute_rate', 10000, '2025-12-31'],
			['qd336-2023-vssid-users', 'count', 35_000_000, '2023-12-31']
		]);
		expect(targets[0]).toMatchObject({ referenceIndicator: 'participation_e_dossiers', source: 'Công văn 3040/BHXH-CNTT của BHXH Việt Nam' });
		expect(targets[1]).toMatchObject({ scope: 'province', scopeCode: '38' });
	});

	const lines = text.split('\n');
	const withLine = (n: number, edit: (l: string) => string) => lines.map((l, i) => (i === n - 1 ? edit(l) : l)).join('\n');
	it.each([
		[2, (l: string) => l.replace('relative_rate', 'ratio'), 'kind', 'ratio'],
		[3, (l: string) => l.replace(',province,38,', ',province,99,'), 'scope_code', '99'],
		[4, (l: string) => l.replace(',80,', ',180,'), 'value', '180'],
		[5, (l: string) => l.replace('2025-12-31', '2025-13-31'), 'deadline', '2025-13-31'],
		[2, (l: string) => l.replace(',participation_e_dossiers,', ',,'), 'reference_indicator', ''],
		[7, (l: string) => l.replace('35000000', '35 triệu'), 'value', '35 triệu'],
		[3, (l: string) => l.replace('2015-10-31', '2015-10-01'), 'deadline', '2015-10-01']
	])('line %i: a malformed field names file, line, column and value', (line, edit, column, value) => {
		let error: unknown;
		try {
			parseTargets(withLine(line, edit), context);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(DataFileError);
		expect(error).toMatchObject({ file: TARGETS_FILE, line, column, value });
	});

	it('refuses a duplicate id', () => {
		expect(() => parseTargets(`${text}${lines[2]}\n`, context)).toThrow(/duplicate target id/);
	});

	it('targetFields is the inverse of readTarget (the edit form round-trips)', () => {
		for (const t of parseTargets(text, context)) {
			const again = readTarget(targetFields(t), context);
			expect(isTargetProblem(again)).toBe(false);
			expect(again).toEqual(t);
		}
	});
});
