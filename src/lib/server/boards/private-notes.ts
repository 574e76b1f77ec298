import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '../db/schema.ts';
import type { NewUpdate, StoredDocument } from './document-log.ts';

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

	/**
	 * Merges a batch into the stored state; returns the sequence number of its last update. Two
	 * server instances may write the same notes: a write only lands on the row it read (the
	 * sequence number is the check), otherwise it reads again.
	 */
	async append(key: string, updates: NewUpdate[]): Promise<number> {
		for (;;) {
			const row = await this.row(this.db, key);
			const merged = Y.mergeUpdates([...(row ? [row.data] : []), ...updates.map((u) => u.data)]);
			const seq = (row ? Number(row.seq) : 0) + updates.length;
			if (await this.replace(key, merged, seq, row ? Number(row.seq) : null)) return seq;
		}
	}

	/** Replaces the stored state with `data` (through `seq`) unless a newer one was stored meanwhile. */
	async compact(key: string, data: Uint8Array, seq: number): Promise<void> {
		for (;;) {
			const row = await this.row(this.db, key);
			if (row && Number(row.seq) >= seq) return;
			if (await this.replace(key, data, seq, row ? Number(row.seq) : null)) return;
		}
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

	/** Writes the row if it is still as read (`readSeq`; null: there was none); false if it changed. */
	private async replace(
		key: string,
		data: Uint8Array,
		seq: number,
		readSeq: number | null
	): Promise<boolean> {
		const { boardId, ownerId } = parsePrivateNotesKey(key)!;
		const now = Date.now();
		if (readSeq === null) {
			const inserted = await this.db
				.insertInto('board_private_notes')
				.values({ board_id: boardId, owner_id: ownerId, seq, data, updated_at: now })
				.onConflict((oc) => oc.columns(['board_id', 'owner_id']).doNothing())
				.executeTakeFirst();
			return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
		}
		const updated = await this.db
			.updateTable('board_private_notes')
			.set({ seq, data, updated_at: now })
			.where('board_id', '=', boardId)
			.where('owner_id', '=', ownerId)
			.where('seq', '=', readSeq)
			.executeTakeFirst();
		return Number(updated.numUpdatedRows) > 0;
	}
}
