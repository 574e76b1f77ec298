import { describe, expect, it } from 'vitest';
import { TEXTS_PER_FRAME, TextByFrames } from './text-by-frames.ts';

/** Frames that come when the test says so. */
function manualFrames() {
	const asked: (() => void)[] = [];
	return {
		request: (run: () => void) => asked.push(run),
		next() {
			const due = asked.splice(0);
			due.forEach((run) => run());
		}
	};
}

describe('a few notes get their text each frame', () => {
	it('shows as many as a frame holds at once and the rest in the frames after, in the order asked', () => {
		const frames = manualFrames();
		const queue = new TextByFrames(3, frames);
		const shown: number[] = [];
		for (let note = 0; note < 8; note++) queue.request(() => shown.push(note));
		expect(shown).toEqual([0, 1, 2]);
		frames.next();
		expect(shown).toEqual([0, 1, 2, 3, 4, 5]);
		frames.next();
		expect(shown).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
	});

	it('lets a board with 20 notes in view draw all their text in the first frame', () => {
		const queue = new TextByFrames(TEXTS_PER_FRAME, manualFrames());
		expect(Array.from({ length: 20 }, () => queue.grantNow()).every(Boolean)).toBe(true);
	});

	it('does not let a note that asks later jump the ones waiting', () => {
		const frames = manualFrames();
		const queue = new TextByFrames(2, frames);
		const shown: string[] = [];
		['a', 'b', 'c'].forEach((note) => queue.request(() => shown.push(note)));
		frames.next();
		// The frame has room again for one more, but 'c' was waiting: 'd' comes after it.
		queue.request(() => shown.push('d'));
		expect(shown).toEqual(['a', 'b', 'c', 'd']);
		queue.request(() => shown.push('e'));
		expect(shown).toEqual(['a', 'b', 'c', 'd']);
		frames.next();
		expect(shown).toEqual(['a', 'b', 'c', 'd', 'e']);
	});

	it('forgets a note that no longer wants its text (zoomed out again before its turn)', () => {
		const frames = manualFrames();
		const queue = new TextByFrames(1, frames);
		const shown: string[] = [];
		queue.request(() => shown.push('a'));
		const cancel = queue.request(() => shown.push('b'));
		queue.request(() => shown.push('c'));
		cancel();
		frames.next();
		expect(shown).toEqual(['a', 'c']);
	});
});
