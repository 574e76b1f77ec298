import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface LoggedUpdate {
	seq: number;
	data: Uint8Array;
	/** Who sent it, when a client did. */
	author?: { id: string; name: string } | null;
}

export interface StoredDocument {
	/** Compacted state covering every update up to `snapshotSeq`, or null before the first compaction. */
	snapshot: Uint8Array | null;
	snapshotSeq: number;
	/** Updates after the snapshot, in order. */
	updates: LoggedUpdate[];
}

/**
 * The persisted form of a board's Yjs document: an append-only update log plus one snapshot.
 * Sequence numbers are per board and assigned by the single room that owns the board.
 */
export class DocumentLog {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	async load(boardId: string): Promise<StoredDocument> {
		// The log before the snapshot: a compaction that commits between the two reads then leaves
		// a newer snapshot and updates read before it deleted them, which is still the whole board.
		// (Read the other way round, the updates it folded in would be missing from both.)
		const logged = await this.db
			.selectFrom('board_updates')
			.select(['seq', 'data'])
			.where('board_id', '=', boardId)
			.orderBy('seq')
			.execute();
		const snapshot = await this.db
			.selectFrom('board_snapshots')
			.select(['seq', 'data'])
			.where('board_id', '=', boardId)
			.executeTakeFirst();
		const snapshotSeq = snapshot?.seq ?? 0;
		const updates = logged.filter((update) => update.seq > snapshotSeq);
		return { snapshot: snapshot?.data ?? null, snapshotSeq, updates };
	}

	/** Appends a batch in one transaction and marks the board as changed. */
	async append(boardId: string, updates: LoggedUpdate[]): Promise<void> {
		if (updates.length === 0) return;
		const now = Date.now();
		await this.db.transaction().execute(async (trx) => {
			await trx
				.insertInto('board_updates')
				.values(
					updates.map((u) => ({
						board_id: boardId,
						seq: u.seq,
						data: u.data,
						created_at: now,
						author_id: u.author?.id ?? null,
						author_name: u.author?.name ?? null
					}))
				)
				// A retry after a commit whose acknowledgement was lost must not fail on its own rows.
				.onConflict((oc) => oc.columns(['board_id', 'seq']).doNothing())
				.execute();
			await trx.updateTable('boards').set({ updated_at: now }).where('id', '=', boardId).execute();
		});
	}

	/** Replaces the snapshot with `data` (the state through `seq`) and drops the log entries it covers. */
	async compact(boardId: string, data: Uint8Array, seq: number): Promise<void> {
		const now = Date.now();
		await this.db.transaction().execute(async (trx) => {
			await trx
				.insertInto('board_snapshots')
				.values({ board_id: boardId, seq, data, updated_at: now })
				.onConflict((oc) => oc.column('board_id').doUpdateSet({ seq, data, updated_at: now }))
				.execute();
			await trx.deleteFrom('board_updates').where('board_id', '=', boardId).where('seq', '<=', seq).execute();
		});
	}
}
