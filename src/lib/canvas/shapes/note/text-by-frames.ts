/**
 * Notes given their text in one frame: a note's text costs about 0.75 ms to draw on a slow machine
 * (this 2-core one), so a frame stays near 20 ms.
 */
export const TEXTS_PER_FRAME = 25;

type Frames = {
	request(run: () => void): number;
};

/**
 * Hands out the right to draw a note's text, at most `perFrame` a frame; the rest wait, in the
 * order asked, for the frames after. Zooming in on a board of 2,000 notes makes hundreds of them
 * readable at once (375 at 25%): drawn together that was one task of about 300 ms in which the
 * page did not answer; now the text comes in over a few frames and the page answers between them.
 */
export class TextByFrames {
	private grantedThisFrame = 0;
	private readonly waiting = new Set<() => void>();
	private frameAsked = false;
	private readonly perFrame: number;
	private readonly frames: Frames;

	constructor(perFrame = TEXTS_PER_FRAME, frames: Frames = { request: (run) => requestAnimationFrame(run) }) {
		this.perFrame = perFrame;
		this.frames = frames;
	}

	/** True, and counted, if one more text may be drawn in this frame. */
	grantNow(): boolean {
		if (this.grantedThisFrame >= this.perFrame) return false;
		this.grantedThisFrame++;
		this.askFrame();
		return true;
	}

	/** Calls `show` now if this frame has room, else in a later frame; returns a cancel. */
	request(show: () => void): () => void {
		if (this.waiting.size === 0 && this.grantNow()) {
			show();
			return () => {};
		}
		this.waiting.add(show);
		this.askFrame();
		return () => this.waiting.delete(show);
	}

	private askFrame(): void {
		if (this.frameAsked) return;
		this.frameAsked = true;
		this.frames.request(() => this.nextFrame());
	}

	private nextFrame(): void {
		this.frameAsked = false;
		this.grantedThisFrame = 0;
		for (const show of this.waiting) {
			if (!this.grantNow()) break;
			this.waiting.delete(show);
			show();
		}
	}
}

const queues = new WeakMap<object, TextByFrames>();

/** The one queue of an editor (so two boards on a page do not share a budget). */
export function textByFramesOf(editor: object): TextByFrames {
	let queue = queues.get(editor);
	if (!queue) queues.set(editor, (queue = new TextByFrames()));
	return queue;
}
