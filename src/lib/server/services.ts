import { BoardMemberRepository } from './access/board-members.ts';
import { ShareLinkRepository } from './access/share-links.ts';
import { TeamRepository } from './access/teams.ts';
import { AccountService } from './auth/accounts.ts';
import { SessionStore } from './auth/sessions.ts';
import { BoardRepository } from './boards/board-repository.ts';
import { getStorage } from './db/index.ts';

/** The repositories and services on the process's storage, for routes and hooks. */
export async function services() {
	const { db } = await getStorage();
	return {
		db,
		accounts: new AccountService(db),
		sessions: new SessionStore(db),
		teams: new TeamRepository(db),
		boards: new BoardRepository(db),
		boardMembers: new BoardMemberRepository(db),
		shareLinks: new ShareLinkRepository(db)
	};
}
