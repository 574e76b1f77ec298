import type { Kysely } from 'kysely';
import type { Principal } from '../auth/principal.ts';
import type { BoardRole, Database, TeamRole } from '../db/schema.ts';

export type { BoardRole };

const RANK: Record<BoardRole, number> = { viewer: 1, editor: 2, facilitator: 3 };

/** Whether `role` includes everything `needed` may do. */
export function roleAllows(role: BoardRole | null, needed: BoardRole): boolean {
	return role !== null && RANK[role] >= RANK[needed];
}

export function higherRole(a: BoardRole | null, b: BoardRole): BoardRole {
	return a && RANK[a] >= RANK[b] ? a : b;
}

/** An account's role on a board: an explicit board role wins; otherwise team owners facilitate and members edit. */
export function accountRole(explicit: BoardRole | null, team: TeamRole | null): BoardRole | null {
	if (explicit) return explicit;
	if (!team) return null;
	return team === 'owner' ? 'facilitator' : 'editor';
}

/**
 * A principal's role on a live board (or, with `deleted`, on a deleted one), or null when they may
 * not see it. Guests hold the role of the guest link they came through while that link is active.
 */
export async function resolveBoardRole(
	db: Kysely<Database>,
	principal: Principal,
	boardId: string,
	now = Date.now(),
	deleted = false
): Promise<BoardRole | null> {
	const board = await db
		.selectFrom('boards')
		.select('team_id')
		.where('id', '=', boardId)
		.where('deleted_at', deleted ? 'is not' : 'is', null)
		.executeTakeFirst();
	if (!board) return null;
	if (principal.kind === 'guest') {
		if (principal.boardId !== boardId) return null;
		const link = await db
			.selectFrom('guests')
			.innerJoin('share_links', 'share_links.id', 'guests.share_link_id')
			.select([
				'share_links.role',
				'share_links.expires_at',
				'share_links.revoked_at',
				'share_links.allow_guests'
			])
			.where('guests.id', '=', principal.id)
			.executeTakeFirst();
		if (!link || link.revoked_at !== null || link.allow_guests !== 1) return null;
		if (link.expires_at !== null && link.expires_at <= now) return null;
		return link.role;
	}
	const explicit = await db
		.selectFrom('board_members')
		.select('role')
		.where('board_id', '=', boardId)
		.where('user_id', '=', principal.id)
		.executeTakeFirst();
	const membership = board.team_id
		? await db
				.selectFrom('team_members')
				.select('role')
				.where('team_id', '=', board.team_id)
				.where('user_id', '=', principal.id)
				.executeTakeFirst()
		: undefined;
	return accountRole(explicit?.role ?? null, membership?.role ?? null);
}
