import { describe, expect, it } from 'vitest';
import { AwarenessFlow } from '../../server/sync/awareness-flow.ts';

/** Sends tick `tick` if the flow lets it; returns the first tick the frame covers, or null. */
function tickAt(flow: AwarenessFlow, tick: number, now: number, backlogged = false): number | null {
	const from = flow.release(tick, now, backlogged);
	if (from !== null) flow.sent(now);
	return from;
}

describe('awareness flow control', () => {
	it('never holds back a client that has not echoed', () => {
		const flow = new AwarenessFlow();
		expect(tickAt(flow, 1, 0)).toBe(1);
		expect(tickAt(flow, 2, 100)).toBe(2);
		expect(flow.heldFrom).toBeNull();
	});

	it('holds ticks while the last frame is unread and sends them all in one frame after the echo', () => {
		const flow = new AwarenessFlow();
		flow.echoed();
		expect(tickAt(flow, 1, 0)).toBe(1);
		expect(tickAt(flow, 2, 100)).toBeNull();
		expect(tickAt(flow, 3, 200)).toBeNull();
		expect(flow.heldFrom).toBe(2);
		flow.echoed();
		expect(tickAt(flow, 4, 300)).toBe(2);
		expect(flow.heldFrom).toBeNull();
		expect(tickAt(flow, 5, 400)).toBeNull();
	});

	it('holds ticks while a client’s socket has not passed on what it was sent, then sends them in one frame', () => {
		const flow = new AwarenessFlow();
		expect(tickAt(flow, 1, 0)).toBe(1);
		expect(tickAt(flow, 2, 100, true)).toBeNull();
		expect(tickAt(flow, 3, 200, true)).toBeNull();
		expect(flow.heldFrom).toBe(2);
		expect(tickAt(flow, 4, 300)).toBe(2);
		expect(flow.heldFrom).toBeNull();
		// Without echoes, nothing else holds it back.
		expect(tickAt(flow, 5, 400)).toBe(5);
	});

	it('holds a frame that could not be written and sends it with the next tick', () => {
		const flow = new AwarenessFlow();
		expect(flow.release(1, 0)).toBe(1);
		flow.unsent(1);
		expect(flow.heldFrom).toBe(1);
		expect(tickAt(flow, 2, 100)).toBe(1);
		expect(flow.heldFrom).toBeNull();
	});

	it('takes a frame as read after a second without an echo', () => {
		const flow = new AwarenessFlow();
		flow.echoed();
		tickAt(flow, 1, 0);
		expect(tickAt(flow, 2, 500)).toBeNull();
		expect(tickAt(flow, 3, 1_000)).toBe(2);
	});

	it('does not count a tick with nothing for the client as a frame in flight', () => {
		const flow = new AwarenessFlow();
		flow.echoed();
		// Released, but the room had nothing to send it: no `sent`.
		expect(flow.release(1, 0)).toBe(1);
		expect(tickAt(flow, 2, 10)).toBe(2);
	});
});
