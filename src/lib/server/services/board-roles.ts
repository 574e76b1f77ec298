import type { Kysely } from 'kysely';
import { resolveBoardRole, roleAllows, type BoardRole } from '../access/roles.ts';
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/schema.ts';
import { ensure } from './failure.ts';

/**
 * The actor's role on a board, when it allows `needed`. A board they cannot see fails as
 * `board_not_found`, exactly like one that does not exist; one they see but may not do this on fails
 * as `access_denied`.
 */
export async function requireBoardRole(
	db: Kysely<Database>,
	actor: Principal | null,
	boardId: string,
	needed: BoardRole
): Promise<BoardRole> {
	const role = actor ? await resolveBoardRole(db, actor, boardId) : null;
	ensure(role, 'board_not_found');
	ensure(roleAllows(role, needed), 'access_denied');
	return role;
}
