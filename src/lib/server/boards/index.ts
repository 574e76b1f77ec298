import { getStorage } from '../db/index.ts';
import { BoardRepository } from './board-repository.ts';

export { normalizeTitle, type BoardSummary } from './board-repository.ts';
export { boardEvents } from './board-events.ts';

/** The board repository on the process's storage. */
export async function boardRepository(): Promise<BoardRepository> {
	return new BoardRepository((await getStorage()).db);
}
