import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ShareLinkRepository } from '../../src/lib/server/access/share-links.ts';
import { AccountStore } from '../../src/lib/server/auth/accounts.ts';
import { SESSION_COOKIE } from '../../src/lib/server/auth/cookie.ts';
import {
	principalOf as principalFromSession,
	type UserPrincipal
} from '../../src/lib/server/auth/principal.ts';
import { SessionStore } from '../../src/lib/server/auth/sessions.ts';
import { BoardRepository } from '../../src/lib/server/boards/board-repository.ts';
import type { Database } from '../../src/lib/server/db/schema.ts';

export const TEST_PASSWORD = 'correct horse battery staple';

export interface TestUser {
	userId: string;
	teamId: string;
	email: string;
	/** A `Cookie` header value carrying a fresh session. */
	cookie: string;
}

/** Signs up an account (with its own team) straight in the database and opens a session for it. */
export async function createTestUser(db: Kysely<Database>, name = 'Anouk'): Promise<TestUser> {
	const email = `${name.toLowerCase()}-${randomUUID()}@example.test`;
	const result = await new AccountStore(db).signUp(
		{ name, email, password: TEST_PASSWORD },
		(n) => `Team ${n}`
	);
	if ('error' in result) throw new Error(`sign-up failed: ${result.error}`);
	const team = await db
		.selectFrom('team_members')
		.select('team_id')
		.where('user_id', '=', result.user.id)
		.executeTakeFirstOrThrow();
	const { token } = await new SessionStore(db).create({ userId: result.user.id });
	return { userId: result.user.id, teamId: team.team_id, email, cookie: `${SESSION_COOKIE}=${token}` };
}

/** A board in a new test user's team. */
export async function createTestBoard(db: Kysely<Database>, title: string) {
	const owner = await createTestUser(db);
	const board = await new BoardRepository(db).create(title, owner.teamId, owner.userId);
	return { ...board, owner };
}

/** The signed-in account behind a test user's cookie, as the routes see it. */
export async function principalOf(db: Kysely<Database>, user: TestUser): Promise<UserPrincipal> {
	const validated = await new SessionStore(db).validate(user.cookie.split('=')[1]!);
	const principal = validated && (await principalFromSession(db, validated.session));
	if (principal?.kind !== 'user') throw new Error('the test user has no valid session');
	return principal;
}

/** A guest admitted by `name` through a new editor guest link of the board, with their session cookie. */
export async function guestOnGuestLink(
	db: Kysely<Database>,
	boardId: string,
	createdBy: string,
	name = 'Sanne'
): Promise<{ linkId: string; cookie: string }> {
	const links = new ShareLinkRepository(db);
	const { link } = await links.create({
		boardId,
		role: 'editor',
		allowGuests: true,
		expiresAt: null,
		createdBy
	});
	const { token } = await new SessionStore(db).create({ guestId: await links.admitGuest(link, name) });
	return { linkId: link.id, cookie: `${SESSION_COOKIE}=${token}` };
}
