import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PendingUpdates } from '../../server/sync/pending-updates.ts';

/** A client's doc and the updates it produces, one per call, each depending on the one before. */
function editor() {
	const doc = new Y.Doc();
	const text = doc.getText('t');
	return (chars: string) => {
		const before = Y.encodeStateVector(doc);
		text.insert(text.length, chars);
		return Y.encodeStateAsUpdate(doc, before);
	};
}

describe('pending updates', () => {
	it('allows a short gap that the missing update then fills (an edit racing the reconnect handshake)', () => {
		const server = new Y.Doc();
		const pending = new PendingUpdates<string>(server, 1_024);
		const edit = editor();
		const first = edit('hello ');
		const second = edit('world');
		Y.applyUpdate(server, second);
		expect(pending.applied('tab')).toEqual([]);
		expect(pending.bytes).toBeGreaterThan(0);
		Y.applyUpdate(server, first);
		expect(pending.applied('tab')).toEqual([]);
		expect(pending.bytes).toBe(0);
		expect(server.getText('t').toString()).toBe('hello world');
	});

	it('names every sender and drops everything once the pending bytes pass the limit', () => {
		const server = new Y.Doc();
		const pending = new PendingUpdates<string>(server, 1_024);
		const a = editor();
		const b = editor();
		a('never sent');
		b('never sent');
		Y.applyUpdate(server, a('x'.repeat(600)));
		expect(pending.applied('a')).toEqual([]);
		Y.applyUpdate(server, b('y'.repeat(600)));
		expect(pending.applied('b').sort()).toEqual(['a', 'b']);
		expect(pending.bytes).toBe(0);
		expect(server.store.pendingStructs).toBeNull();
		expect(server.getText('t').toString()).toBe('');
	});

	it('forgets the pending changes of a sender that leaves', () => {
		const server = new Y.Doc();
		const pending = new PendingUpdates<string>(server, 1_024);
		const edit = editor();
		edit('never sent');
		Y.applyUpdate(server, edit('later'));
		pending.applied('tab');
		pending.left('someone else');
		expect(pending.bytes).toBeGreaterThan(0);
		pending.left('tab');
		expect(pending.bytes).toBe(0);
	});
});
