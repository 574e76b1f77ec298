/**
 * Where the sync endpoint listens; a board's socket is `/sync/<boardId>`, and one's own private
 * notes on it (a private brainstorm) `/sync/<boardId>/private`.
 */
export const SYNC_PATH = '/sync';
export const PRIVATE_NOTES_CHANNEL = 'private';

/** Werkbord's own message types beside y-websocket's: a facilitation command as JSON text… */
export const COMMAND_MESSAGE = 20;
/** …and, to one voter only, their own dots in the open vote (JSON text)… */
export const BALLOT_MESSAGE = 21;
/**
 * …and how many people are on the board (JSON text `{ "people": n }`): in a crowded room the
 * awareness states show only who is active (server/sync/room-awareness.ts).
 */
export const PRESENCE_MESSAGE = 22;

/**
 * WebSocket close codes the sync server uses; 4xxx are ours, the rest are standard. The stock
 * y-websocket client does not reconnect after 4400–4499, so only final verdicts use that range;
 * 45xx ask the client to come back.
 */
export const CloseCode = {
	/** A frame was larger than the maximum message size. */
	MessageTooLarge: 1009,
	/** The server failed unexpectedly while handling this socket; the client should reconnect. */
	InternalError: 1011,
	/** The server is shutting down or restarting; the client should reconnect. */
	Restarting: 1012,
	/** The frame is not a valid y-websocket message. */
	MalformedMessage: 4400,
	/** The session ended or the principal lost every role on the board. */
	AccessRevoked: 4403,
	/** The board does not exist (any more). */
	BoardNotFound: 4404,
	/** The role on the board changed: the client should reconnect (and reload what it may do). */
	RoleChanged: 4509,
	/** The client's updates depend on changes the server never received: it should reconnect and sync again. */
	OutOfSync: 4510,
	/** The client reads too slowly; its send buffer passed the hard limit. */
	SlowConsumer: 4508,
	/** Applying the update would make the document larger than allowed. */
	DocumentTooLarge: 4413
} as const;

export type CloseCodeValue = (typeof CloseCode)[keyof typeof CloseCode];

/** After these the stock client stops reconnecting: reconnecting cannot help (4400–4499). */
export const isFinalClose = (code: number) => code >= 4400 && code < 4500;

/** Of the final closes, the ones that mean this browser may not see the board (any more). */
export const endsAccess = (code: number) =>
	code === CloseCode.AccessRevoked || code === CloseCode.BoardNotFound;
