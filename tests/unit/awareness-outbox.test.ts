import { describe, expect, it } from 'vitest';
import { AwarenessOutbox } from '../../server/sync/awareness-outbox.ts';

/** Takes ticks until the outbox is empty; returns how many ids each tick released. */
function drain(outbox: AwarenessOutbox): number[] {
	const sizes: number[] = [];
	while (!outbox.isEmpty) sizes.push(outbox.take().length);
	return sizes;
}

describe('awareness outbox', () => {
	it('sends changes on the next tick', () => {
		const outbox = new AwarenessOutbox(50);
		outbox.markChanged(1);
		outbox.markChanged(2);
		expect(outbox.take()).toEqual([1, 2]);
		expect(outbox.isEmpty).toBe(true);
	});

	it('spreads a burst of renewals evenly, none waiting longer than the limit', () => {
		const outbox = new AwarenessOutbox(50);
		for (let id = 0; id < 500; id++) outbox.markRenewed(id);
		const sizes = drain(outbox);
		expect(sizes.length).toBeLessThanOrEqual(50);
		expect(Math.max(...sizes)).toBeLessThanOrEqual(11);
		expect(sizes.reduce((a, b) => a + b, 0)).toBe(500);
	});

	it('sends renewals oldest first and keeps the place of one renewed again', () => {
		const outbox = new AwarenessOutbox(3);
		outbox.markRenewed(7);
		outbox.markRenewed(8);
		outbox.markRenewed(7);
		outbox.markRenewed(9);
		expect([outbox.take(), outbox.take(), outbox.take()].flat()).toEqual([7, 8, 9]);
	});

	it('sends a waiting renewal at once when that client changes', () => {
		const outbox = new AwarenessOutbox(50);
		for (let id = 0; id < 100; id++) outbox.markRenewed(id);
		outbox.markChanged(99);
		const first = outbox.take();
		expect(first[0]).toBe(99);
		expect(first.filter((id) => id === 99)).toHaveLength(1);
		expect(drain(outbox).reduce((a, b) => a + b, 0) + first.length).toBe(100);
	});

	it('does not queue a renewal behind a change of the same client', () => {
		const outbox = new AwarenessOutbox(50);
		outbox.markChanged(4);
		outbox.markRenewed(4);
		expect(outbox.take()).toEqual([4]);
		expect(outbox.isEmpty).toBe(true);
	});
});
