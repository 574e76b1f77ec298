import { describe, expect, it } from 'vitest';
import { LogCoverage } from '../../server/sync/log-coverage.ts';

describe('LogCoverage', () => {
	it('moves on through batches in order, whatever their size', () => {
		const coverage = new LogCoverage(10);
		coverage.add(12, 2);
		coverage.add(13, 1);
		expect(coverage.through).toBe(13);
		expect(coverage.hasHole).toBe(false);
	});

	it('holds numbers above a hole until the hole fills, then covers them all', () => {
		const coverage = new LogCoverage(0);
		coverage.add(5, 2); // 4 and 5 arrive before 1–3
		expect(coverage.through).toBe(0);
		expect(coverage.hasHole).toBe(true);
		coverage.add(3, 3);
		expect(coverage.through).toBe(5);
		expect(coverage.hasHole).toBe(false);
	});

	it('covers a hole read from the log and what was held above it', () => {
		const coverage = new LogCoverage(0);
		coverage.add(9, 1);
		coverage.add(4, 1);
		coverage.coverThrough(7);
		expect(coverage.through).toBe(7);
		expect(coverage.hasHole).toBe(true);
		coverage.coverThrough(8);
		expect(coverage.through).toBe(9);
		expect(coverage.hasHole).toBe(false);
	});

	it('ignores numbers it already covers (a message relayed twice)', () => {
		const coverage = new LogCoverage(20);
		coverage.add(18, 3);
		expect(coverage.through).toBe(20);
		expect(coverage.hasHole).toBe(false);
	});
});
