import { SessionStore } from '../auth/sessions.ts';
import { boardEvents } from '../boards/board-events.ts';
import { getStorage } from '../db/index.ts';
import { AccessService } from './access-service.ts';
import { AccountService } from './account-service.ts';
import { BoardService } from './board-service.ts';
import { ExportService } from './export-service.ts';
import { SnapshotService } from './snapshot-service.ts';
import { TeamService } from './team-service.ts';

export { ServiceFailure, type FailureCode } from './failure.ts';

/**
 * The services on the process's storage. Routes change data only through them: each service
 * checks the actor's rights and tells the sync server about every change that can reduce
 * someone's access.
 */
export async function services() {
	const { db } = await getStorage();
	const events = boardEvents();
	return {
		db,
		sessions: new SessionStore(db),
		accounts: new AccountService(db, events),
		boards: new BoardService(db, events),
		access: new AccessService(db, events),
		teams: new TeamService(db, events),
		exports: new ExportService(db),
		snapshots: new SnapshotService(db)
	};
}
