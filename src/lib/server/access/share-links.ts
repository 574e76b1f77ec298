import type { Kysely } from 'kysely';
import type { LinkRole } from '../../roles.ts';
import type { Database } from '../db/schema.ts';
import { newId, newSecret, sha256 } from '../auth/tokens.ts';

export interface ShareLink {
	id: string;
	boardId: string;
	role: LinkRole;
	allowGuests: boolean;
	expiresAt: number | null;
	createdAt: number;
}

function toLink(row: Database['share_links']): ShareLink {
	return {
		id: row.id,
		boardId: row.board_id,
		role: row.role,
		allowGuests: row.allow_guests === 1,
		expiresAt: row.expires_at,
		createdAt: row.created_at
	};
}

/** Share links of boards: each gives a role, may admit guests, may expire, and can be revoked. */
export class ShareLinkRepository {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	/** Creates a link and returns its token (shown once; only its hash is kept). */
	async create(
		options: {
			boardId: string;
			role: LinkRole;
			allowGuests: boolean;
			expiresAt: number | null;
			createdBy: string;
		},
		now = Date.now()
	): Promise<{ token: string; link: ShareLink }> {
		const token = newSecret();
		const row = {
			id: newId(),
			token_hash: sha256(token),
			board_id: options.boardId,
			role: options.role,
			allow_guests: options.allowGuests ? 1 : 0,
			expires_at: options.expiresAt,
			revoked_at: null,
			created_by: options.createdBy,
			created_at: now
		};
		await this.db.insertInto('share_links').values(row).execute();
		return { token, link: toLink(row) };
	}

	/** The board's links that still work. */
	async active(boardId: string, now = Date.now()): Promise<ShareLink[]> {
		const rows = await this.db
			.selectFrom('share_links')
			.selectAll()
			.where('board_id', '=', boardId)
			.where('revoked_at', 'is', null)
			.where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
			.orderBy('created_at')
			.execute();
		return rows.map(toLink);
	}

	/** Returns whether a link of this board was revoked. */
	async revoke(boardId: string, linkId: string, now = Date.now()): Promise<boolean> {
		const result = await this.db
			.updateTable('share_links')
			.set({ revoked_at: now })
			.where('id', '=', linkId)
			.where('board_id', '=', boardId)
			.where('revoked_at', 'is', null)
			.executeTakeFirst();
		return result.numUpdatedRows > 0n;
	}

	/** The active link a token stands for, on a live board. */
	async resolve(token: string, now = Date.now()): Promise<ShareLink | null> {
		const row = await this.db
			.selectFrom('share_links')
			.innerJoin('boards', 'boards.id', 'share_links.board_id')
			.selectAll('share_links')
			.where('share_links.token_hash', '=', sha256(token))
			.where('share_links.revoked_at', 'is', null)
			.where('boards.deleted_at', 'is', null)
			.executeTakeFirst();
		if (!row || (row.expires_at !== null && row.expires_at <= now)) return null;
		return toLink(row);
	}

	/** A guest bound to the link's board; returns the guest's id. */
	async admitGuest(link: ShareLink, name: string, now = Date.now()): Promise<string> {
		const id = newId();
		await this.db
			.insertInto('guests')
			.values({ id, name, board_id: link.boardId, share_link_id: link.id, created_at: now })
			.execute();
		return id;
	}
}
