/** A frame not echoed within this time is taken as read: a client echoes only frames that change something for it. */
const ECHO_TIMEOUT_MS = 1_000;

/**
 * Cursor flow control for one connection. Until a client has read its last frame, later ticks are
 * held back and sent merged, in one frame, once it has: a client that cannot keep up gets cursors
 * as fast as it reads them, and its document updates do not queue behind stale cursor frames.
 * Read means: its socket has passed everything to the network (Werkbord's board page sends its
 * own state only, src/lib/sync/own-awareness.ts) and, for a stock y-websocket client, which echoes
 * every awareness frame that changes something for it, that it echoed the last frame.
 *
 * What is held is counted in ticks, not entries: every connection held back since the same tick
 * is owed the same entries, so the room encodes that frame once for all of them.
 */
export class AwarenessFlow {
	private echoes = false;
	private sentAt: number | null = null;
	/** The first tick held back for this client; null while none is. */
	private from: number | null = null;

	/** The client sent back states of other clients: it has read what it was sent. */
	echoed(): void {
		this.echoes = true;
		this.sentAt = null;
	}

	/** The first tick waiting for the client to read its last frame, or null. */
	get heldFrom(): number | null {
		return this.from;
	}

	/**
	 * Tick `tick` has entries for this client, or ticks held back for it may go now. Returns the
	 * first tick whose entries to send it now (all from there to `tick`), or null while its last
	 * frame is unread (`backlogged`: its socket still holds bytes not yet sent): `tick` is then
	 * held back with the rest.
	 */
	release(tick: number, now: number, backlogged = false): number | null {
		const unechoed = this.echoes && this.sentAt !== null && now - this.sentAt < ECHO_TIMEOUT_MS;
		if (backlogged || unechoed) {
			this.from ??= tick;
			return null;
		}
		const from = this.from ?? tick;
		this.from = null;
		return from;
	}

	/** The frame for ticks from `from` was not written: they are held back with the next. */
	unsent(from: number): void {
		this.from = from;
	}

	/** A frame went out: the next waits for its echo. */
	sent(now: number): void {
		this.sentAt = now;
	}
}
