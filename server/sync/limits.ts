export interface SyncLimits {
	/** Largest accepted WebSocket message, in bytes. */
	maxMessageBytes: number;
	/**
	 * Most bytes of updates the room holds back because they depend on changes it never received;
	 * past this the clients that sent them are asked to sync again.
	 */
	maxPendingBytes: number;
	/** Largest document (snapshot plus log) a board may grow to, in bytes. */
	maxDocumentBytes: number;
	/** Above this many buffered bytes a client stops receiving cursor traffic. */
	softBufferBytes: number;
	/** Above this many buffered bytes a client is disconnected. */
	hardBufferBytes: number;
	/** How often coalesced awareness (cursor) changes go out, in milliseconds. */
	awarenessTickMs: number;
	/**
	 * Document updates persisted within this many milliseconds of the last broadcast go out
	 * together as one merged update (the first one after a quiet spell goes out at once). Half the
	 * awareness tick, so that every other broadcast carries the cursors in the same write.
	 */
	broadcastWindowMs: number;
	/**
	 * From this many connections in a room, presence that has not changed for `quietPresenceAfterMs`
	 * is not renewed to everyone (CrowdPresence): the room shows who is active and counts the rest.
	 */
	quietPresenceFrom: number;
	quietPresenceAfterMs: number;
	/** How long an empty room stays loaded before it is unloaded, in milliseconds. */
	roomGraceMs: number;
	/** While a board changes, an automatic snapshot this often (and one when the room unloads). */
	autoSnapshotMs: number;
	/** Compact the log into the snapshot after this many appended updates. */
	compactEvery: number;
}

export const defaultLimits: SyncLimits = {
	maxMessageBytes: 2 * 1024 * 1024,
	maxPendingBytes: 256 * 1024,
	maxDocumentBytes: 64 * 1024 * 1024,
	softBufferBytes: 512 * 1024,
	hardBufferBytes: 8 * 1024 * 1024,
	awarenessTickMs: 100,
	broadcastWindowMs: 50,
	quietPresenceFrom: 250,
	quietPresenceAfterMs: 10_000,
	roomGraceMs: 10_000,
	autoSnapshotMs: 10 * 60_000,
	compactEvery: 500
};
