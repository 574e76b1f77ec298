import * as Y from 'yjs';
import type { Traffic } from './connection.ts';
import { encodeUpdate } from './protocol.ts';
import type { Outgoing } from './send-turns.ts';
import type { PendingUpdate } from './update-writer.ts';

interface Recipient {
	send(message: Uint8Array, traffic: Traffic): void;
}

/**
 * A room's persisted document updates on their way to its connections (sent in the room's
 * SendTurns). The first update after a quiet spell is due at once; what is persisted within
 * `windowMs` of the last broadcast goes out together, merged and encoded once for everyone.
 */
export class DocumentBroadcast<C extends Recipient> implements Outgoing {
	private readonly recipients: () => Iterable<C>;
	private readonly windowMs: number;
	private readonly pending: () => void;
	private outgoing: PendingUpdate<C | null>[] = [];
	private lastAt = -Infinity;

	/** `pending`: called when updates wait to be sent. */
	constructor(recipients: () => Iterable<C>, windowMs: number, pending: () => void) {
		this.recipients = recipients;
		this.windowMs = windowMs;
		this.pending = pending;
	}

	push(batch: PendingUpdate<C | null>[]): void {
		this.outgoing.push(...batch);
		this.pending();
	}

	dueAt(): number | null {
		return this.outgoing.length > 0 ? this.lastAt + this.windowMs : null;
	}

	stop(): void {
		this.outgoing = [];
	}

	/**
	 * A lone sender does not get its own changes back; with several senders everyone gets the merged
	 * update, and the part a client already has is a no-op for it.
	 */
	send(now: number): void {
		this.lastAt = now;
		const pending = this.outgoing;
		this.outgoing = [];
		if (pending.length === 0) return;
		const origins = new Set(pending.map((p) => p.origin));
		const skip = origins.size === 1 ? pending[0]!.origin : null;
		const update = pending.length === 1 ? pending[0]!.update : Y.mergeUpdates(pending.map((p) => p.update));
		const message = encodeUpdate(update);
		for (const recipient of this.recipients()) {
			if (recipient !== skip) recipient.send(message, 'document');
		}
	}
}
