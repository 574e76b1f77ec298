import type { Kysely } from 'kysely';
import type { BoardRole, Database } from '../db/schema.ts';

export interface BoardMember {
	userId: string;
	name: string;
	email: string;
	role: BoardRole;
}

/** Explicit roles on one board (team members without one are editors by default). */
export class BoardMemberRepository {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	async list(boardId: string): Promise<BoardMember[]> {
		return this.db
			.selectFrom('board_members')
			.innerJoin('users', 'users.id', 'board_members.user_id')
			.select(['users.id as userId', 'users.name', 'users.email', 'board_members.role'])
			.where('board_members.board_id', '=', boardId)
			.orderBy('board_members.added_at')
			.execute();
	}

	/** The user's explicit roles, by board id. */
	async rolesOf(userId: string): Promise<Map<string, BoardRole>> {
		const rows = await this.db
			.selectFrom('board_members')
			.select(['board_id', 'role'])
			.where('user_id', '=', userId)
			.execute();
		return new Map(rows.map((row) => [row.board_id, row.role]));
	}

	async setRole(boardId: string, userId: string, role: BoardRole, now = Date.now()): Promise<void> {
		await this.db
			.insertInto('board_members')
			.values({ board_id: boardId, user_id: userId, role, added_at: now })
			.onConflict((oc) => oc.columns(['board_id', 'user_id']).doUpdateSet({ role }))
			.execute();
	}

	async remove(boardId: string, userId: string): Promise<void> {
		await this.db
			.deleteFrom('board_members')
			.where('board_id', '=', boardId)
			.where('user_id', '=', userId)
			.execute();
	}
}
