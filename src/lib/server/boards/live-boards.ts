import type * as Y from 'yjs';

/** Changes the server makes to a board's live document (a restored snapshot). */
export type BoardWriter = (boardId: string, change: (doc: Y.Doc) => void) => Promise<void>;

/**
 * What services ask of the boards open in this process: the sync server, in the same process,
 * registers how; services call it. Shared through a process-wide key like the board events.
 */
export interface LiveBoards {
	/** Opens the board's room, changes its doc as the server, and waits until it is saved. */
	write: BoardWriter;
	/** Saves who-did-what counted so far in the board's open room (otherwise saved every 2 s). */
	saveContributions(boardId: string): Promise<void>;
}

const LIVE_BOARDS_KEY = Symbol.for('werkbord.liveBoards');
type Holder = { [LIVE_BOARDS_KEY]?: LiveBoards };

export function registerLiveBoards(boards: LiveBoards | null): void {
	const holder = globalThis as Holder;
	if (boards) holder[LIVE_BOARDS_KEY] = boards;
	else delete holder[LIVE_BOARDS_KEY];
}

export function boardWriter(): BoardWriter {
	const boards = (globalThis as Holder)[LIVE_BOARDS_KEY];
	if (!boards) throw new Error('no sync server in this process to write boards');
	return boards.write;
}

/**
 * Saves the counts of who did what that this process has not saved yet, before they are read
 * (a snapshot's baseline, the facilitator's table). Another instance's counts are at most 2 s behind.
 */
export async function saveContributions(boardId: string): Promise<void> {
	await (globalThis as Holder)[LIVE_BOARDS_KEY]?.saveContributions(boardId);
}
