/** A frame not echoed within this time is taken as read: a client echoes only frames that change something for it. */
const ECHO_TIMEOUT_MS = 1_000;

/**
 * Cursor flow control for one connection. A stock y-websocket client echoes every awareness frame
 * that changes something for it, so its echo tells the room that it has read the last frame.
 * Until then, later ticks are held back and merged into one frame: a client that cannot keep up
 * gets cursors as fast as it reads them, and its document updates do not queue behind stale cursor
 * frames. A client that has never echoed is never held back.
 */
export class AwarenessFlow {
	private echoes = false;
	private sentAt: number | null = null;
	private readonly held = new Set<number>();

	/** The client sent back states of other clients: it has read what it was sent. */
	echoed(): void {
		this.echoes = true;
		this.sentAt = null;
	}

	/** Whether ids are waiting for the client to read its last frame. */
	get holding(): boolean {
		return this.held.size > 0;
	}

	/**
	 * The awareness client ids to send this connection now: this tick's plus any held back, or
	 * none while its last frame is unread (this tick's ids are then held for a later frame).
	 */
	release(ids: number[], now: number): number[] {
		if (this.echoes && this.sentAt !== null && now - this.sentAt < ECHO_TIMEOUT_MS) {
			for (const id of ids) this.held.add(id);
			return [];
		}
		let released = ids;
		if (this.held.size > 0) {
			for (const id of ids) this.held.add(id);
			released = [...this.held];
			this.held.clear();
		}
		if (released.length > 0) this.sentAt = now;
		return released;
	}
}
