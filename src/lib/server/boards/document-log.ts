import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export interface LoggedUpdate {
	seq: number;
	data: Uint8Array;
	/** Who sent it, when a client did. */
	author?: { id: string; name: string } | null;
}

/** An update to log: the log gives it its sequence number. */
export type NewUpdate = Omit<LoggedUpdate, 'seq'>;

export interface StoredDocument {
	/** Compacted state covering every update up to `snapshotSeq`, or null before the first compaction. */
	snapshot: Uint8Array | null;
	snapshotSeq: number;
	/** Updates after the snapshot, in order. */
	updates: LoggedUpdate[];
}

/**
 * The persisted form of a board's Yjs document: an append-only update log plus one snapshot.
 * Sequence numbers are per board, given by the database as updates are appended.
 */
export class DocumentLog {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	/**
	 * The board as stored: the snapshot and the log after it. With `after`, only what is newer than
	 * that sequence number (a room that missed some updates reads just those; the snapshot comes
	 * along only when it covers more than `after`, i.e. when the missed updates were folded into it).
	 */
	async load(boardId: string, after = -1): Promise<StoredDocument> {
		// The log before the snapshot: a compaction that commits between the two reads then leaves
		// a newer snapshot and updates read before it deleted them, which is still the whole board.
		// (Read the other way round, the updates it folded in would be missing from both.)
		const logged = await this.db
			.selectFrom('board_updates')
			.select(['seq', 'data'])
			.where('board_id', '=', boardId)
			.where('seq', '>', after)
			.orderBy('seq')
			.execute();
		const snapshot = await this.db
			.selectFrom('board_snapshots')
			.select(['seq', 'data'])
			.where('board_id', '=', boardId)
			.where('seq', '>', after)
			.executeTakeFirst();
		const snapshotSeq = snapshot?.seq ?? Math.max(after, 0);
		const updates = logged.filter((update) => update.seq > snapshotSeq);
		return { snapshot: snapshot?.data ?? null, snapshotSeq, updates };
	}

	/**
	 * Appends a batch atomically and marks the board as changed; returns the sequence number
	 * of its last update (the batch has the numbers up to it). The numbers come from the board's row
	 * under its lock, so batches from several server instances commit in number order, without gaps.
	 */
	async append(boardId: string, updates: NewUpdate[]): Promise<number> {
		if (updates.length === 0) throw new Error('an empty batch has no sequence number');
		const now = Date.now();
		if (this.db.getExecutor().adapter instanceof PostgresAdapter)
			return this.appendInOneStatement(boardId, updates, now);
		return this.db.transaction().execute(async (trx) => {
			const board = await trx
				.updateTable('boards')
				.set((eb) => ({ update_seq: eb('update_seq', '+', updates.length), updated_at: now }))
				.where('id', '=', boardId)
				.returning('update_seq')
				.executeTakeFirst();
			if (!board) throw new Error(`board ${boardId} does not exist`);
			const last = Number(board.update_seq);
			await trx
				.insertInto('board_updates')
				.values(
					updates.map((u, i) => ({
						board_id: boardId,
						seq: last - updates.length + 1 + i,
						data: u.data,
						created_at: now,
						author_id: u.author?.id ?? null,
						author_name: u.author?.name ?? null
					}))
				)
				.execute();
			return last;
		});
	}

	/**
	 * PostgreSQL: the same as one statement — numbering and insert in one round trip, where a
	 * transaction takes four, each waiting for a turn of a busy event loop.
	 */
	private async appendInOneStatement(boardId: string, updates: NewUpdate[], now: number): Promise<number> {
		const n = updates.length;
		const result = await sql<{ seq: number }>`
			with numbered as (
				update boards set update_seq = update_seq + ${n}, updated_at = ${now}
				where id = ${boardId} returning update_seq
			)
			insert into board_updates (board_id, seq, data, created_at, author_id, author_name)
			select ${boardId}, numbered.update_seq - ${n} + u.ord, u.data, ${now}, u.author_id, u.author_name
			from numbered, unnest(
				${updates.map((u) => Buffer.from(u.data.buffer, u.data.byteOffset, u.data.byteLength))}::bytea[],
				${updates.map((u) => u.author?.id ?? null)}::text[],
				${updates.map((u) => u.author?.name ?? null)}::text[]
			) with ordinality as u(data, author_id, author_name, ord)
			returning seq`.execute(this.db);
		if (result.rows.length !== n) throw new Error(`board ${boardId} does not exist`);
		return Math.max(...result.rows.map((row) => Number(row.seq)));
	}

	/** Replaces the snapshot with `data` (the state through `seq`) and drops the log entries it covers. */
	async compact(boardId: string, data: Uint8Array, seq: number): Promise<void> {
		const now = Date.now();
		await this.db.transaction().execute(async (trx) => {
			// Only a newer snapshot replaces the stored one: an instance that lags behind another
			// never puts back an older state whose later updates were already folded away.
			await trx
				.insertInto('board_snapshots')
				.values({ board_id: boardId, seq, data, updated_at: now })
				.onConflict((oc) =>
					oc
						.column('board_id')
						.doUpdateSet({ seq, data, updated_at: now })
						.where('board_snapshots.seq', '<', seq)
				)
				.execute();
			await trx.deleteFrom('board_updates').where('board_id', '=', boardId).where('seq', '<=', seq).execute();
		});
	}
}
