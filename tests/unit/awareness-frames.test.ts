import { describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { readAwarenessEntries } from '../../server/sync/awareness-codec.ts';
import { AwarenessFrames } from '../../server/sync/awareness-frames.ts';

/** A room's awareness holding states for the given client ids. */
function awarenessWith(ids: number[]): Awareness {
	const awareness = new Awareness(new Y.Doc());
	awareness.setLocalState(null);
	for (const id of ids) {
		awareness.states.set(id, { cursor: { x: id } });
		awareness.meta.set(id, { clock: 1, lastUpdated: 0 });
	}
	return awareness;
}

const idsIn = (frame: Uint8Array | null) => {
	if (!frame) return null;
	const decoder = decoding.createDecoder(frame);
	decoding.readVarUint(decoder);
	return readAwarenessEntries(decoding.readVarUint8Array(decoder)).map((entry) => entry.clientId);
};

describe('awareness frames of a tick', () => {
	const ticks = new Map([
		[3, [10, 11]],
		[4, [11, 12]],
		[5, [13]]
	]);
	const none = new Set<number>();

	it('owes a connection every id since the first tick held back for it, each once', () => {
		const frames = new AwarenessFrames(awarenessWith([10, 11, 12, 13]), ticks);
		expect(idsIn(frames.frame(3, none))).toEqual([10, 11, 12, 13]);
		expect(idsIn(frames.frame(4, none))).toEqual([11, 12, 13]);
		expect(idsIn(frames.frame(5, none))).toEqual([13]);
	});

	it('encodes the frame once for every connection owed the same ticks', () => {
		const frames = new AwarenessFrames(awarenessWith([10, 11, 12, 13]), ticks);
		expect(frames.frame(4, none)).toBe(frames.frame(4, new Set([99])));
	});

	it("leaves a client's own entries out, and sends it nothing when they are all it is owed", () => {
		const frames = new AwarenessFrames(awarenessWith([10, 11, 12, 13]), ticks);
		expect(idsIn(frames.frame(4, new Set([12])))).toEqual([11, 13]);
		expect(frames.frame(5, new Set([13]))).toBeNull();
		expect(frames.frame(6, none)).toBeNull();
	});
});
