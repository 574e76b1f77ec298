import { describe, expect, it } from 'vitest';
import {
	AwarenessOwnership,
	MAX_AWARENESS_IDS_PER_CONNECTION
} from '../../server/sync/awareness-ownership.ts';

const tab = (principalId: string) => ({ principalId, awarenessIds: new Set<number>() });

describe('awareness ownership', () => {
	it('counts the new ids of one frame against the quota before any is applied', () => {
		const ownership = new AwarenessOwnership();
		const connection = tab('anouk');
		const frame = Array.from({ length: 2_000 }, (_, i) => i);
		expect(ownership.permitted(connection, frame).size).toBe(MAX_AWARENESS_IDS_PER_CONNECTION);
		ownership.claim(connection, 0);
		expect([...ownership.permitted(connection, [0, 1, 2, 3, 4, 5])]).toEqual([0, 1, 2, 3]);
	});

	it('leaves an id held by another connection to it, and marks that as an echo', () => {
		const ownership = new AwarenessOwnership();
		const a = tab('anouk');
		const b = tab('bram');
		ownership.claim(a, 7);
		expect(ownership.heldByOther(b, 7)).toBe(true);
		expect(ownership.permitted(b, [7, 8])).toEqual(new Set([8]));
	});

	it('keeps an id bound to its first account after the connection is gone', () => {
		const ownership = new AwarenessOwnership();
		const victim = tab('anouk');
		ownership.claim(victim, 42);
		ownership.release(victim, 42);
		expect(ownership.permitted(tab('mallory'), [42]).size).toBe(0);
		// The same account in a new tab may use it again.
		expect(ownership.permitted(tab('anouk'), [42])).toEqual(new Set([42]));
	});

	it('knows who is on the board while they hold an id', () => {
		const ownership = new AwarenessOwnership();
		const a = tab('anouk');
		const a2 = tab('anouk');
		ownership.claim(a, 1);
		ownership.claim(a2, 2);
		ownership.release(a, 1);
		expect(ownership.isPresent('anouk')).toBe(true);
		ownership.release(a2, 2);
		expect(ownership.isPresent('anouk')).toBe(false);
	});
});
