import type * as Y from 'yjs';

/**
 * Watches what Yjs keeps pending: structs and deletions of an update that depend on changes the
 * server never received. Yjs holds them in memory and merges them again on every later update, so
 * a client sending such updates could grow memory and CPU without limit. A stock client only does
 * so briefly (an edit sent while its reconnect handshake is still on the way), so the room allows
 * a little and sends the rest back to sync from scratch.
 */
export class PendingUpdates<Sender> {
	private readonly store: Y.Doc['store'];
	private readonly maxBytes: number;
	/** Who sent updates that are (partly) pending now. */
	private readonly senders = new Set<Sender>();

	constructor(doc: Y.Doc, maxBytes: number) {
		this.store = doc.store;
		this.maxBytes = maxBytes;
	}

	/** Bytes held pending now. */
	get bytes(): number {
		return (this.store.pendingStructs?.update.byteLength ?? 0) + (this.store.pendingDs?.byteLength ?? 0);
	}

	/**
	 * Call after applying `sender`'s update. Returns the senders to disconnect when the pending
	 * state grew past the limit (it is then dropped), else an empty list.
	 */
	applied(sender: Sender): Sender[] {
		const bytes = this.bytes;
		if (bytes === 0) {
			this.senders.clear();
			return [];
		}
		this.senders.add(sender);
		if (bytes <= this.maxBytes) return [];
		const senders = [...this.senders];
		this.drop();
		return senders;
	}

	/**
	 * A sender that leaves takes its pending changes along: whatever of them was real, it sends
	 * again when it reconnects and syncs.
	 */
	left(sender: Sender): void {
		if (this.senders.has(sender)) this.drop();
	}

	drop(): void {
		this.store.pendingStructs = null;
		this.store.pendingDs = null;
		this.senders.clear();
	}
}
