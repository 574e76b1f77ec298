import { EventEmitter } from 'node:events';

interface BoardEventMap {
	/** A board was soft-deleted: open connections to it must close. */
	deleted: [boardId: string];
	/** Roles, members or share links of a board changed: open connections are checked again. */
	'access-changed': [boardId: string];
	/** A user's or guest's sessions or memberships changed (logout, password, team, deletion). */
	'principal-changed': [principalId: string];
}

export type BoardEvents = EventEmitter<BoardEventMap>;

// Shared by the SvelteKit bundle (which emits) and the sync server (which listens) in one process.
const EVENTS_KEY = Symbol.for('werkbord.boardEvents');
type EventsHolder = { [EVENTS_KEY]?: BoardEvents };

/** The process's access events. Only services emit them (src/lib/server/services). */
export function boardEvents(): BoardEvents {
	const holder = globalThis as EventsHolder;
	return (holder[EVENTS_KEY] ??= new EventEmitter<BoardEventMap>());
}
