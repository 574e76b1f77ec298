import type { CompactionLock } from './room-persistence.ts';

/**
 * What the sync server needs to share rooms with other instances of itself (server/scale holds the
 * Redis one). Without a relay, one process holds every room and nothing here is used.
 */
export interface Relay {
	/**
	 * Starts listening to a room's traffic from other instances. Messages arriving before `attach`
	 * (while the room loads from the database) are kept and handed over then, so a room never misses
	 * what other instances saved after its load read the log.
	 */
	join(key: string): Promise<RelayChannel>;
	/** One compaction of a document at a time across instances. */
	compactionLock: CompactionLock;
	/** Sends an access event to the other instances. */
	publishEvent(event: AccessEvent): void;
	/** Access events from the other instances (not this one's own). */
	onEvent(listener: ((event: AccessEvent) => void) | null): void;
	/** Another instance stopped answering (it crashed, or lost its link): its clients' cursors go. */
	onInstanceGone(listener: ((instance: string) => void) | null): void;
	/** Up and connected, for /healthz. */
	status(): RelayStatus;
	close(): Promise<void>;
}

export interface RelayStatus {
	connected: boolean;
	instance: string;
}

/** The board events (board-events.ts) that must reach sockets on every instance. */
export type AccessEvent =
	| { kind: 'deleted'; boardId: string }
	| { kind: 'access-changed'; boardId: string }
	| { kind: 'principal-changed'; principalId: string };

/** A room's link to the same room on other instances. */
export interface RelayChannel {
	attach(receiver: RelayReceiver): void;
	/** A batch this instance saved, numbered through `lastSeq` in the document's log. */
	publishUpdates(updates: Uint8Array[], lastSeq: number): void;
	/** Awareness entries this instance's clients changed (y-protocols encoding). */
	publishAwareness(update: Uint8Array): void;
	/** How far this instance's document has the log, for an instance whose messages were lost to catch up. */
	publishPosition(lastSeq: number): void;
	leave(): Promise<void>;
}

export interface RelayReceiver {
	updates(updates: Uint8Array[], lastSeq: number): void;
	/** Awareness entries of the clients of instance `from`. */
	awareness(update: Uint8Array, from: string): void;
	/** Another instance's document holds the log through `lastSeq`. */
	position(lastSeq: number): void;
	/**
	 * Messages may have been lost either way (the relay lost its connection): read the log, then
	 * tell the others how far this instance got.
	 */
	resync(): void;
}

/** The origin of a change another instance saved and relayed: applied, broadcast, never saved again. */
export const RELAYED = Object.freeze({ relayed: true });
export type Relayed = typeof RELAYED;
