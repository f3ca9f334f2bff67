import { describe, expect, it } from 'vitest';
import { engineChoices, UsageError } from '../../../src/cli/args';
import { describeEngine } from '../../../src/lib/db/rawlog-node';

// --memory and --threads: how native DuckDB may run for a raw log (aggregate, rank, report, publish).
const options = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe('engineChoices', () => {
	it.each([
		[{}, {}],
		[{ memory: '800MB' }, { memoryLimit: '800MB' }],
		[{ memory: '3GB' }, { memoryLimit: '3GB' }],
		[{ memory: '1.5 GiB' }, { memoryLimit: '1.5 GiB' }],
		[{ threads: '1' }, { threads: 1 }],
		[{ threads: '16', memory: '4gb' }, { threads: 16, memoryLimit: '4gb' }]
	])('%j → %j', (given, wanted) => {
		expect(engineChoices(options(given))).toEqual(wanted);
	});

	it.each([
		[{ memory: 'lots' }, '--memory is like 3GB or 800MB; got "lots"'],
		[{ memory: '3' }, '--memory is like 3GB or 800MB; got "3"'],
		[{ memory: '-1GB' }, '--memory is like 3GB or 800MB; got "-1GB"'],
		[{ threads: '0' }, '--threads is a whole number ≥ 1; got "0"'],
		[{ threads: '1.5' }, '--threads is a whole number ≥ 1; got "1.5"'],
		[{ threads: 'two' }, '--threads is a whole number ≥ 1; got "two"'],
		[{ threads: '' }, '--threads is a whole number ≥ 1; got ""']
	])('%j is refused: %s', (given, message) => {
		expect(() => engineChoices(options(given))).toThrow(new UsageError(message));
	});
});

describe('describeEngine', () => {
	it.each([
		[{ threads: 1, memoryLimit: '476.8 MiB' }, 'DuckDB: 1 thread, memory limit 476.8 MiB'],
		[{ threads: 2, memoryLimit: '2.7 GiB' }, 'DuckDB: 2 threads, memory limit 2.7 GiB']
	])('%j → %s', (settings, text) => {
		expect(describeEngine(settings)).toBe(text);
	});
});
