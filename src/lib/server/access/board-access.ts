import type { Kysely } from 'kysely';
import { principalOf, type Principal } from '../auth/principal.ts';
import { SessionStore } from '../auth/sessions.ts';
import type { BoardRole, Database } from '../db/schema.ts';
import { resolveBoardRole } from './roles.ts';

export interface BoardAccess {
	principal: Principal;
	role: BoardRole;
}

/**
 * What a session token may do on a board: `unauthenticated` when there is no valid session,
 * `forbidden` when the board is not theirs to see (or does not exist).
 */
export async function boardAccess(
	db: Kysely<Database>,
	token: string | undefined,
	boardId: string
): Promise<BoardAccess | 'unauthenticated' | 'forbidden'> {
	const validated = token ? await new SessionStore(db).validate(token) : null;
	const principal = validated && (await principalOf(db, validated.session));
	if (!principal) return 'unauthenticated';
	const role = await resolveBoardRole(db, principal, boardId);
	return role ? { principal, role } : 'forbidden';
}
