import * as Y from 'yjs';
import { RELAYED, type RelayChannel } from './relay.ts';
import type { RoomPersistence } from './room-persistence.ts';
import type { RoomAwareness } from './room-awareness.ts';
import type { DocumentStore } from './update-writer.ts';

/** A hole in the relayed numbers is usually a message still on its way; after this, the log is read. */
const CATCH_UP_DELAY_MS = 250;

/**
 * A room's side of the relay: applies what other instances saved (origin RELAYED: the room
 * broadcasts it to its own sockets and never saves it again) and keeps the document whole when
 * relay messages are lost — a hole in the log numbers that does not fill, a relay reconnect, or
 * another instance announcing a position beyond this one's makes it read the missing part of the
 * log, then announce its own position.
 */
export class RoomRelayLink {
	private readonly key: string;
	private readonly doc: Y.Doc;
	private readonly store: DocumentStore;
	private readonly persistence: Pick<RoomPersistence<unknown>, 'coverage' | 'relayed'>;
	private readonly channel: RelayChannel;
	private timer: NodeJS.Timeout | null = null;
	private reading: Promise<void> | null = null;
	private stopped = false;

	constructor(options: {
		key: string;
		doc: Y.Doc;
		store: DocumentStore;
		persistence: Pick<RoomPersistence<unknown>, 'coverage' | 'relayed'>;
		awareness: RoomAwareness;
		channel: RelayChannel;
	}) {
		this.key = options.key;
		this.doc = options.doc;
		this.store = options.store;
		this.persistence = options.persistence;
		this.channel = options.channel;
		this.channel.attach({
			updates: (updates, lastSeq) => this.receive(updates, lastSeq),
			awareness: (update, from) => options.awareness.applyRelayed(update, from),
			position: (lastSeq) => {
				if (lastSeq > this.persistence.coverage.through) this.catchUp(0);
			},
			resync: () => this.catchUp(0)
		});
	}

	/** Stops listening (the room unloads). */
	stop(): Promise<void> {
		this.stopped = true;
		if (this.timer) clearTimeout(this.timer);
		return this.channel.leave();
	}

	/** Applies a batch another instance saved; a hole in the numbers before it makes the room read the log. */
	private receive(updates: Uint8Array[], lastSeq: number): void {
		if (this.stopped) return;
		try {
			this.apply(updates);
		} catch (error) {
			console.error(`[sync] a relayed update of ${this.key} failed; reading the log:`, error);
			return this.catchUp(0);
		}
		if (!this.persistence.relayed(updates, lastSeq)) this.catchUp(CATCH_UP_DELAY_MS);
	}

	private apply(updates: Uint8Array[]): void {
		this.doc.transact(() => {
			for (const update of updates) Y.applyUpdate(this.doc, update, RELAYED);
		}, RELAYED);
	}

	/** Reads what the document lacks from the log, once the delay passed without the hole filling. */
	private catchUp(delayMs: number): void {
		if (this.timer || this.stopped) return;
		this.timer = setTimeout(() => {
			this.timer = null;
			if (delayMs > 0 && !this.persistence.coverage.hasHole) return;
			this.reading ??= this.readLog().finally(() => (this.reading = null));
		}, delayMs);
		this.timer.unref();
	}

	/** Applies what the log holds beyond what the document is known to hold (a failure retries later). */
	private async readLog(): Promise<void> {
		const coverage = this.persistence.coverage;
		try {
			const stored = await this.store.load(this.key, coverage.through);
			if (this.stopped) return;
			this.apply([
				...(stored.snapshot && stored.snapshotSeq > coverage.through ? [stored.snapshot] : []),
				...stored.updates.filter((update) => update.seq > coverage.through).map((update) => update.data)
			]);
			coverage.coverThrough(stored.updates.at(-1)?.seq ?? stored.snapshotSeq);
			// An instance that missed this one's messages learns here that it is behind.
			this.channel.publishPosition(coverage.through);
		} catch (error) {
			console.error(`[sync] reading the log of ${this.key} to catch up failed; retrying:`, error);
			setTimeout(() => this.catchUp(0), CATCH_UP_DELAY_MS * 4).unref();
		}
	}
}
