import { boardAccess } from '../src/lib/server/access/board-access.ts';
import { BoardRepository } from '../src/lib/server/boards/board-repository.ts';
import { BoardHistory } from '../src/lib/server/boards/board-history.ts';
import { ContributionStore } from '../src/lib/server/boards/contributions.ts';
import { DocumentLog } from '../src/lib/server/boards/document-log.ts';
import { PrivateNotesStore } from '../src/lib/server/boards/private-notes.ts';
import { VoteStore } from '../src/lib/server/boards/vote-store.ts';
import type { Storage } from '../src/lib/server/db/index.ts';
import { SyncServer, type SyncServerOptions } from './sync/sync-server.ts';

/** A sync server on the given storage, checking access with the same session and role logic as the pages. */
export function createSyncServer(
	storage: Storage,
	options: Pick<SyncServerOptions, 'limits' | 'origin' | 'relay'> = {}
): SyncServer {
	return new SyncServer({
		boards: new BoardRepository(storage.db),
		log: new DocumentLog(storage.db),
		ballots: new VoteStore(storage.db),
		privateNotes: new PrivateNotesStore(storage.db),
		history: new BoardHistory(storage.db),
		contributions: new ContributionStore(storage.db),
		access: (token, boardId) => boardAccess(storage.db, token, boardId),
		origin: options.origin,
		limits: options.limits,
		relay: options.relay
	});
}
