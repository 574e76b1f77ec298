import { BoardRepository } from '../src/lib/server/boards/board-repository.ts';
import { DocumentLog } from '../src/lib/server/boards/document-log.ts';
import type { Storage } from '../src/lib/server/db/index.ts';
import { SyncServer, type SyncServerOptions } from './sync/sync-server.ts';

/** A sync server on the given storage. */
export function createSyncServer(storage: Storage, limits?: SyncServerOptions['limits']): SyncServer {
	return new SyncServer({
		boards: new BoardRepository(storage.db),
		log: new DocumentLog(storage.db),
		limits
	});
}
