import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../db/schema.ts';
import { TITLE_MAX_LENGTH } from '../../text-limits.ts';
import { newId } from '../auth/tokens.ts';
import { readThumbnail, type Thumbnail } from '../../board/board-thumbnail.ts';
import { isBoardId } from './board-id.ts';
import { normalizeTypedText } from '../typed-text.ts';

export interface BoardSummary {
	id: string;
	title: string;
	template: string;
	teamId: string | null;
	createdAt: number;
	updatedAt: number;
	viewersExport: boolean;
	thumbnail: Thumbnail | null;
}

/** Trims a user-typed title; `null` when it is empty or too long. */
export const normalizeTitle = (raw: unknown) => normalizeTypedText(raw, TITLE_MAX_LENGTH);

function toSummary(row: Selectable<Database['boards']>): BoardSummary {
	return {
		id: row.id,
		title: row.title,
		template: row.template,
		teamId: row.team_id,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		viewersExport: Number(row.viewers_export) === 1,
		thumbnail: readThumbnail(row.thumbnail)
	};
}

export class BoardRepository {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	/** Live boards the user can see: those of their teams and those shared with them. */
	async listForUser(userId: string): Promise<BoardSummary[]> {
		const rows = await this.db
			.selectFrom('boards')
			.selectAll()
			.where('deleted_at', 'is', null)
			.where((eb) =>
				eb.or([
					eb('team_id', 'in', eb.selectFrom('team_members').select('team_id').where('user_id', '=', userId)),
					eb('id', 'in', eb.selectFrom('board_members').select('board_id').where('user_id', '=', userId))
				])
			)
			.orderBy('updated_at', 'desc')
			.execute();
		return rows.map(toSummary);
	}

	/** The board, or `null` when the id is malformed, unknown or deleted. */
	async get(id: string): Promise<BoardSummary | null> {
		if (!isBoardId(id)) return null;
		const row = await this.db
			.selectFrom('boards')
			.selectAll()
			.where('id', '=', id)
			.where('deleted_at', 'is', null)
			.executeTakeFirst();
		return row ? toSummary(row) : null;
	}

	/** Creates a board in a team; its creator facilitates it. */
	async create(title: string, teamId: string, createdBy: string, template = 'blank'): Promise<BoardSummary> {
		const now = Date.now();
		const row = {
			id: newId(),
			title,
			template,
			team_id: teamId,
			created_by: createdBy,
			created_at: now,
			updated_at: now,
			deleted_at: null
		};
		await this.db.transaction().execute(async (trx) => {
			await trx.insertInto('boards').values(row).execute();
			await trx
				.insertInto('board_members')
				.values({ board_id: row.id, user_id: createdBy, role: 'facilitator', added_at: now })
				.execute();
		});
		return toSummary({ ...row, viewers_export: 0, thumbnail: null, update_seq: 0 });
	}

	/** Returns whether a live board was renamed. */
	async rename(id: string, title: string): Promise<boolean> {
		const result = await this.db
			.updateTable('boards')
			.set({ title, updated_at: Date.now() })
			.where('id', '=', id)
			.where('deleted_at', 'is', null)
			.executeTakeFirst();
		return result.numUpdatedRows > 0n;
	}

	/** Soft delete: the row and its document stay, the board disappears from every list and route. */
	/** Boards of the user's teams deleted since `since`, newest deletion first. */
	async listDeletedForUser(userId: string, since: number): Promise<(BoardSummary & { deletedAt: number })[]> {
		const rows = await this.db
			.selectFrom('boards')
			.selectAll()
			.where('deleted_at', '>=', since)
			.where('team_id', 'in', (eb) =>
				eb.selectFrom('team_members').select('team_id').where('user_id', '=', userId)
			)
			.orderBy('deleted_at', 'desc')
			.execute();
		return rows.map((row) => ({ ...toSummary(row), deletedAt: Number(row.deleted_at) }));
	}

	/** Keeps the board's picture for the home page (null: nothing on it). */
	async setThumbnail(id: string, thumbnail: Thumbnail | null): Promise<void> {
		await this.db
			.updateTable('boards')
			.set({ thumbnail: thumbnail && JSON.stringify(thumbnail) })
			.where('id', '=', id)
			.execute();
	}

	async setViewersExport(id: string, allowed: boolean): Promise<void> {
		await this.db
			.updateTable('boards')
			.set({ viewers_export: allowed ? 1 : 0 })
			.where('id', '=', id)
			.execute();
	}

	/** Brings a deleted board back; false when it is not deleted (or not there). */
	async undelete(id: string): Promise<boolean> {
		const result = await this.db
			.updateTable('boards')
			.set({ deleted_at: null })
			.where('id', '=', id)
			.where('deleted_at', 'is not', null)
			.executeTakeFirst();
		return result.numUpdatedRows > 0n;
	}

	/** Removes for good the boards deleted before `before` (with everything that belongs to them). */
	async purgeDeleted(before: number): Promise<void> {
		await this.db.deleteFrom('boards').where('deleted_at', '<', before).execute();
	}

	async softDelete(id: string): Promise<boolean> {
		const result = await this.db
			.updateTable('boards')
			.set({ deleted_at: Date.now() })
			.where('id', '=', id)
			.where('deleted_at', 'is', null)
			.executeTakeFirst();
		return result.numUpdatedRows > 0n;
	}
}
