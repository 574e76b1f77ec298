import { describe, expect, it } from 'vitest';
import { AwarenessFlow } from '../../server/sync/awareness-flow.ts';

describe('awareness flow control', () => {
	it('never holds back a client that has not echoed', () => {
		const flow = new AwarenessFlow();
		expect(flow.release([1], 0)).toEqual([1]);
		expect(flow.release([2], 100)).toEqual([2]);
	});

	it('holds ticks while the last frame is unread and sends them merged after the echo', () => {
		const flow = new AwarenessFlow();
		flow.echoed();
		expect(flow.release([1, 2], 0)).toEqual([1, 2]);
		expect(flow.release([2], 100)).toEqual([]);
		expect(flow.release([3], 200)).toEqual([]);
		expect(flow.holding).toBe(true);
		flow.echoed();
		expect(flow.release([], 300).sort()).toEqual([2, 3]);
		expect(flow.holding).toBe(false);
	});

	it('takes a frame as read after a second without an echo', () => {
		const flow = new AwarenessFlow();
		flow.echoed();
		flow.release([1], 0);
		expect(flow.release([2], 500)).toEqual([]);
		expect(flow.release([3], 1_000)).toEqual([2, 3]);
	});

	it('does not count an empty tick as a frame in flight', () => {
		const flow = new AwarenessFlow();
		flow.echoed();
		expect(flow.release([], 0)).toEqual([]);
		expect(flow.release([5], 10)).toEqual([5]);
	});
});
