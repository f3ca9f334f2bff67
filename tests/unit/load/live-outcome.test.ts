import { describe, expect, it } from 'vitest';
import { UnitSetError } from '../../../src/lib/db/series';
import { failedLoad } from '../../../src/lib/load/live-outcome';

class StageError extends Error {
	constructor(readonly stage: string) {
		super(`${stage} broke`);
	}
}

describe('failedLoad: which step of loading a workspace dataset failed', () => {
	it.each([
		[new StageError('storage'), 'storage', 'storage broke'],
		[new StageError('engine'), 'engine', 'engine broke'],
		[new UnitSetError('period 2019: code 99 is not one of the 63 provinces'), 'data', 'period 2019: code 99 is not one of the 63 provinces'],
		[new Error('worker died'), 'engine', 'worker died'],
		['a string', 'engine', 'a string'],
		[null, 'engine', 'null']
	] as const)('%s → %s', (error, stage, message) => {
		expect(failedLoad(error)).toEqual({ state: 'error', stage, message });
	});
});
