import type * as Y from 'yjs';

/**
 * Changes the server makes to a board's live document (a restored snapshot): the sync server, in
 * the same process, registers how (open the board's room, change its doc as the server, wait until
 * it is saved); services call it. Shared through a process-wide key like the board events.
 */
export type BoardWriter = (boardId: string, change: (doc: Y.Doc) => void) => Promise<void>;

const WRITER_KEY = Symbol.for('werkbord.boardWriter');
type WriterHolder = { [WRITER_KEY]?: BoardWriter };

export function registerBoardWriter(writer: BoardWriter | null): void {
	const holder = globalThis as WriterHolder;
	if (writer) holder[WRITER_KEY] = writer;
	else delete holder[WRITER_KEY];
}

export function boardWriter(): BoardWriter {
	const writer = (globalThis as WriterHolder)[WRITER_KEY];
	if (!writer) throw new Error('no sync server in this process to write boards');
	return writer;
}
