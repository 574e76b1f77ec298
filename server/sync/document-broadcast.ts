import * as Y from 'yjs';
import type { Traffic } from './connection.ts';
import { encodeUpdate } from './protocol.ts';
import type { PendingUpdate } from './update-writer.ts';

interface Recipient {
	send(message: Uint8Array, traffic: Traffic): void;
}

/**
 * Sends persisted document updates to a room's connections. The first update after a quiet spell
 * goes out at once; what is persisted within `windowMs` of the last broadcast goes out together,
 * merged and encoded once for everyone.
 */
export class DocumentBroadcast<C extends Recipient> {
	private readonly recipients: () => Iterable<C>;
	private readonly windowMs: number;
	private outgoing: PendingUpdate<C | null>[] = [];
	private timer: NodeJS.Timeout | null = null;
	private lastAt = -Infinity;

	constructor(recipients: () => Iterable<C>, windowMs: number) {
		this.recipients = recipients;
		this.windowMs = windowMs;
	}

	push(batch: PendingUpdate<C | null>[]): void {
		this.outgoing.push(...batch);
		if (this.timer) return;
		const wait = this.lastAt + this.windowMs - performance.now();
		if (wait <= 0) this.flush();
		else this.timer = setTimeout(() => this.flush(), wait);
	}

	stop(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		this.outgoing = [];
	}

	/**
	 * A lone sender does not get its own changes back; with several senders everyone gets the merged
	 * update, and the part a client already has is a no-op for it.
	 */
	private flush(): void {
		this.timer = null;
		this.lastAt = performance.now();
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
