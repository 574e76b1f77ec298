import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Principal } from '../auth/principal.ts';
import { BoardHistory, restoreInto, type HistoryEntry } from '../boards/board-history.ts';
import { docRecords, loadBoardDoc, stateRecords, type BoardRecords } from '../boards/board-records.ts';
import { normalizeTitle } from '../boards/board-repository.ts';
import { boardWriter, saveContributions } from '../boards/live-boards.ts';
import { DocumentLog } from '../boards/document-log.ts';
import type { Database } from '../db/schema.ts';
import { requireBoardRole } from './board-roles.ts';
import { ensure } from './failure.ts';

/** A board's snapshots, for its facilitators: save one by name, list them, restore one. */
export class SnapshotService {
	private readonly db: Kysely<Database>;
	private readonly history: BoardHistory;
	private readonly log: DocumentLog;

	constructor(db: Kysely<Database>) {
		this.db = db;
		this.history = new BoardHistory(db);
		this.log = new DocumentLog(db);
	}

	async list(actor: Principal | null, boardId: string): Promise<HistoryEntry[]> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		return this.history.list(boardId);
	}

	/** A snapshot to look at (read-only), with the board as it is now to compare it with. */
	async view(
		actor: Principal | null,
		boardId: string,
		snapshotId: string
	): Promise<{ entry: HistoryEntry; then: BoardRecords; now: BoardRecords }> {
		const entry = (await this.list(actor, boardId)).find((snapshot) => snapshot.id === snapshotId);
		const data = entry && (await this.history.data(boardId, snapshotId));
		ensure(entry && data, 'board_not_found');
		const doc = await loadBoardDoc(this.log, boardId);
		try {
			return { entry, then: stateRecords(data), now: docRecords(doc) };
		} finally {
			doc.destroy();
		}
	}

	/** Saves the board as it is now under `title` (who and when are recorded). */
	async save(actor: Principal | null, boardId: string, rawTitle: string): Promise<string> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		const title = normalizeTitle(rawTitle);
		ensure(title, 'board_title_invalid');
		await saveContributions(boardId);
		return this.history.save(
			boardId,
			{ kind: 'named', title, by: who(actor!) },
			await this.currentState(boardId)
		);
	}

	/**
	 * Brings the board back to a snapshot as a new change on top, after saving the state before it
	 * (so the restore itself can be undone by restoring that).
	 */
	async restore(actor: Principal | null, boardId: string, snapshotId: string): Promise<void> {
		await requireBoardRole(this.db, actor, boardId, 'facilitator');
		const snapshot = await this.history.data(boardId, snapshotId);
		ensure(snapshot, 'invalid_input');
		const before = await this.currentState(boardId);
		await saveContributions(boardId);
		await this.history.save(
			boardId,
			{
				kind: 'named',
				title: `← ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`,
				by: who(actor!)
			},
			before
		);
		await boardWriter()(boardId, (doc) => restoreInto(doc, snapshot));
	}

	private async currentState(boardId: string): Promise<Uint8Array> {
		const doc = await loadBoardDoc(this.log, boardId);
		try {
			return Y.encodeStateAsUpdate(doc);
		} finally {
			doc.destroy();
		}
	}
}

const who = (actor: Principal) => ({ id: actor.id, name: actor.name });
