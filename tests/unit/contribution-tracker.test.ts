import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import type { ContributionDelta } from '../../src/lib/server/boards/contributions.ts';
import { ContributionTracker } from '../../server/sync/contribution-tracker.ts';

/** A store whose writes finish only when the test lets them. */
function slowStore() {
	const saved: ContributionDelta[] = [];
	const waiting: (() => void)[] = [];
	return {
		saved,
		finishWrites: () => waiting.splice(0).forEach((finish) => finish()),
		add: (_boardId: string, deltas: ContributionDelta[]) =>
			new Promise<void>((resolve) =>
				waiting.push(() => {
					saved.push(...deltas);
					resolve();
				})
			)
	};
}

const addShape = (doc: Y.Doc, id: string, author: string) =>
	doc.transact(() => boardRecords(doc).set(id, new Y.Map([['typeName', 'shape']])), author);

describe('who-did-what counted in a room', () => {
	it('a save returns only once everything counted before it is saved, also by a save already under way', async () => {
		const doc = new Y.Doc();
		const store = slowStore();
		const tracker = new ContributionTracker<string>('board', doc, store, (origin) => ({
			id: origin,
			name: origin
		}));
		addShape(doc, 'shape:a', 'anouk');
		const first = tracker.flush(); // the 2-second save, say, now writing shape:a
		await new Promise((resolve) => setTimeout(resolve, 0));
		addShape(doc, 'shape:b', 'bram');
		let done = false;
		const second = tracker.flush().then(() => (done = true));
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(done).toBe(false);
		store.finishWrites(); // shape:a written
		await first;
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(done).toBe(false); // shape:b is being written now
		store.finishWrites();
		await second;
		expect(store.saved.map((delta) => [delta.authorId, delta.recordId, delta.created])).toEqual([
			['anouk', 'shape:a', true],
			['bram', 'shape:b', true]
		]);
		await Promise.all([tracker.destroy(), Promise.resolve().then(store.finishWrites)]);
	});
});
