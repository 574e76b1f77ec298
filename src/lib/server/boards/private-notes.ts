import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '../db/schema.ts';
import type { LoggedUpdate, StoredDocument } from './document-log.ts';

const SEPARATOR = '/private/';

/** The document key of a participant's private notes on a board (never a board id: those have no '/'). */
export const privateNotesKey = (boardId: string, ownerId: string) => `${boardId}${SEPARATOR}${ownerId}`;

/** The board and owner of a private-notes key, or null for a board's own key. */
export function parsePrivateNotesKey(key: string): { boardId: string; ownerId: string } | null {
	const at = key.indexOf(SEPARATOR);
	return at < 0 ? null : { boardId: key.slice(0, at), ownerId: key.slice(at + SEPARATOR.length) };
}

/**
 * Private notes are stored like a board (the room's DocumentStore: load, append, compact), but as
 * one merged Yjs state per participant: a private brainstorm holds a few notes, not a history.
 */
export class PrivateNotesStore {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	async load(key: string): Promise<StoredDocument> {
		const row = await this.row(this.db, key);
		return { snapshot: row?.data ?? null, snapshotSeq: row ? Number(row.seq) : 0, updates: [] };
	}

	async append(key: string, updates: LoggedUpdate[]): Promise<void> {
		if (updates.length === 0) return;
		await this.db.transaction().execute(async (trx) => {
			const row = await this.row(trx, key);
			const merged = Y.mergeUpdates([...(row ? [row.data] : []), ...updates.map((u) => u.data)]);
			await this.write(trx, key, merged, updates.at(-1)!.seq);
		});
	}

	async compact(key: string, data: Uint8Array, seq: number): Promise<void> {
		await this.write(this.db, key, data, seq);
	}

	/** Who has private notes on the board. */
	async owners(boardId: string): Promise<string[]> {
		const rows = await this.db
			.selectFrom('board_private_notes')
			.select('owner_id')
			.where('board_id', '=', boardId)
			.execute();
		return rows.map((row) => row.owner_id);
	}

	private async row(db: Kysely<Database>, key: string) {
		const { boardId, ownerId } = parsePrivateNotesKey(key)!;
		return db
			.selectFrom('board_private_notes')
			.select(['seq', 'data'])
			.where('board_id', '=', boardId)
			.where('owner_id', '=', ownerId)
			.executeTakeFirst();
	}

	private async write(db: Kysely<Database>, key: string, data: Uint8Array, seq: number): Promise<void> {
		const { boardId, ownerId } = parsePrivateNotesKey(key)!;
		const now = Date.now();
		await db
			.insertInto('board_private_notes')
			.values({ board_id: boardId, owner_id: ownerId, seq, data, updated_at: now })
			.onConflict((oc) => oc.columns(['board_id', 'owner_id']).doUpdateSet({ seq, data, updated_at: now }))
			.execute();
	}
}
