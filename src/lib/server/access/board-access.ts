import type { Kysely } from 'kysely';
import { principalOf, type Principal } from '../auth/principal.ts';
import { SessionStore } from '../auth/sessions.ts';
import type { BoardRole, Database } from '../db/schema.ts';
import { resolveBoardRole } from './roles.ts';

export interface BoardAccess {
	principal: Principal;
	role: BoardRole;
}

/** What a session token may do on a board: null when the token is not valid or the board is not theirs to see. */
export async function boardAccess(
	db: Kysely<Database>,
	token: string | undefined,
	boardId: string
): Promise<BoardAccess | null> {
	if (!token) return null;
	const validated = await new SessionStore(db).validate(token);
	if (!validated) return null;
	const principal = await principalOf(db, validated.session);
	if (!principal) return null;
	const role = await resolveBoardRole(db, principal, boardId);
	return role ? { principal, role } : null;
}
