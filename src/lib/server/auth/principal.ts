import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Session } from './sessions.ts';

/** Who is behind a request: an account, or a guest who joined one board by name. */
export type Principal =
	| { kind: 'user'; id: string; name: string; email: string; sessionId: string }
	| { kind: 'guest'; id: string; name: string; boardId: string; sessionId: string };

export type UserPrincipal = Extract<Principal, { kind: 'user' }>;

export async function principalOf(db: Kysely<Database>, session: Session): Promise<Principal | null> {
	if (session.userId) {
		const user = await db
			.selectFrom('users')
			.select(['id', 'name', 'email'])
			.where('id', '=', session.userId)
			.executeTakeFirst();
		return user ? { kind: 'user', ...user, sessionId: session.id } : null;
	}
	if (session.guestId) {
		const guest = await db
			.selectFrom('guests')
			.select(['id', 'name', 'board_id'])
			.where('id', '=', session.guestId)
			.executeTakeFirst();
		return guest
			? { kind: 'guest', id: guest.id, name: guest.name, boardId: guest.board_id, sessionId: session.id }
			: null;
	}
	return null;
}
