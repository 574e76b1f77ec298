import type { Kysely } from 'kysely';
import { TeamRepository } from '../../src/lib/server/access/teams.ts';
import { boardEvents } from '../../src/lib/server/boards/board-events.ts';
import { AccessService } from '../../src/lib/server/services/access-service.ts';
import { AccountService } from '../../src/lib/server/services/account-service.ts';
import { BoardService } from '../../src/lib/server/services/board-service.ts';
import { ServiceFailure, type FailureCode } from '../../src/lib/server/services/failure.ts';
import { TeamService } from '../../src/lib/server/services/team-service.ts';
import type { Database } from '../../src/lib/server/db/schema.ts';
import { createTestUser, principalOf } from './accounts.ts';
import { openTestDatabase } from './sqlite.ts';

/** The four services on a fresh SQLite database, as the routes get them. */
export async function openTestServices() {
	const storage = await openTestDatabase();
	const events = boardEvents();
	return {
		storage,
		db: storage.db,
		boards: new BoardService(storage.db, events),
		access: new AccessService(storage.db, events),
		teams: new TeamService(storage.db, events),
		accounts: new AccountService(storage.db, events)
	};
}

/** The code a service call failed with (the test fails when it did not fail). */
export async function failureOf(call: Promise<unknown>): Promise<FailureCode> {
	try {
		await call;
	} catch (error) {
		if (error instanceof ServiceFailure) return error.code;
		throw error;
	}
	throw new Error('expected the call to fail');
}

/** An account with its team, and a second account in that team. */
export async function ownerAndMember(db: Kysely<Database>) {
	const owner = await createTestUser(db, 'Owner');
	const member = await createTestUser(db, 'Member');
	await new TeamRepository(db).join(owner.teamId, member.userId);
	return {
		owner: await principalOf(db, owner),
		member: await principalOf(db, member),
		teamId: owner.teamId
	};
}
