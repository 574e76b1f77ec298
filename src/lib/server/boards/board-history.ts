import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { recordToYMap } from '../../canvas/sync/record-codec.ts';
import { boardRecords, recordMaps, saveSchema, savedSchema } from '../../board/board-doc.ts';
import { schemaReadability } from '../../board/board-schema.ts';
import { deepEqual } from '../../plain-object.ts';
import type { Database } from '../db/schema.ts';
import { ContributionStore, type ContributionRow } from './contributions.ts';
import type { TLRecord } from '@tldraw/tldraw';

export interface HistoryEntry {
	id: string;
	kind: 'named' | 'auto';
	title: string;
	createdByName: string | null;
	createdAt: number;
	bytes: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Automatic snapshots kept at most, and for how long. */
export const MAX_AUTO_SNAPSHOTS = 100;
const KEEP_AUTO_MS = 30 * DAY;

/**
 * Which automatic snapshots to drop at `now`: of the last day the newest of each hour stays, of the
 * month before the newest of each day, nothing older, and never more than MAX_AUTO_SNAPSHOTS.
 * Named snapshots are never thinned.
 */
export function autoSnapshotsToDrop(autos: { id: string; createdAt: number }[], now: number): string[] {
	const newestFirst = [...autos].sort((a, b) => b.createdAt - a.createdAt);
	const seen = new Set<string>();
	const kept: string[] = [];
	const drop: string[] = [];
	for (const snapshot of newestFirst) {
		const age = now - snapshot.createdAt;
		const bucket =
			age <= DAY ? `h${Math.floor(snapshot.createdAt / HOUR)}` : `d${Math.floor(snapshot.createdAt / DAY)}`;
		if (age > KEEP_AUTO_MS || seen.has(bucket) || kept.length >= MAX_AUTO_SNAPSHOTS) drop.push(snapshot.id);
		else {
			seen.add(bucket);
			kept.push(snapshot.id);
		}
	}
	return drop;
}

/** A board's saved states (table board_history). */
export class BoardHistory {
	private readonly db: Kysely<Database>;

	constructor(db: Kysely<Database>) {
		this.db = db;
	}

	async save(
		boardId: string,
		entry: { kind: 'named' | 'auto'; title: string; by: { id: string; name: string } | null },
		data: Uint8Array,
		now = Date.now()
	): Promise<string> {
		const id = crypto.randomUUID();
		// Who had done what by now, so that contributions can be counted since this snapshot.
		const contributions = JSON.stringify(await new ContributionStore(this.db).list(boardId));
		await this.db
			.insertInto('board_history')
			.values({
				id,
				board_id: boardId,
				kind: entry.kind,
				title: entry.title,
				created_by: entry.by?.id ?? null,
				created_by_name: entry.by?.name ?? null,
				data,
				contributions,
				created_at: now
			})
			.execute();
		if (entry.kind === 'auto') await this.thin(boardId, now);
		return id;
	}

	/** Newest first, without their data. */
	async list(boardId: string): Promise<HistoryEntry[]> {
		const rows = await this.db
			.selectFrom('board_history')
			.select(['id', 'kind', 'title', 'created_by_name', 'created_at', 'data'])
			.where('board_id', '=', boardId)
			.orderBy('created_at', 'desc')
			.execute();
		return rows.map((row) => ({
			id: row.id,
			kind: row.kind,
			title: row.title,
			createdByName: row.created_by_name,
			createdAt: Number(row.created_at),
			bytes: row.data.byteLength
		}));
	}

	async data(boardId: string, id: string): Promise<Uint8Array | null> {
		const row = await this.db
			.selectFrom('board_history')
			.select('data')
			.where('board_id', '=', boardId)
			.where('id', '=', id)
			.executeTakeFirst();
		return row?.data ?? null;
	}

	/**
	 * Who had done what when the snapshot was saved (null: no such snapshot; a snapshot saved before
	 * this was kept counts as nothing done by then).
	 */
	async contributionsAt(boardId: string, id: string): Promise<ContributionRow[] | null> {
		const row = await this.db
			.selectFrom('board_history')
			.select('contributions')
			.where('board_id', '=', boardId)
			.where('id', '=', id)
			.executeTakeFirst();
		if (!row) return null;
		return row.contributions ? (JSON.parse(row.contributions) as ContributionRow[]) : [];
	}

	private async thin(boardId: string, now: number): Promise<void> {
		const autos = await this.db
			.selectFrom('board_history')
			.select(['id', 'created_at'])
			.where('board_id', '=', boardId)
			.where('kind', '=', 'auto')
			.execute();
		const drop = autoSnapshotsToDrop(
			autos.map((a) => ({ id: a.id, createdAt: Number(a.created_at) })),
			now
		);
		if (drop.length > 0) await this.db.deleteFrom('board_history').where('id', 'in', drop).execute();
	}
}

/**
 * Puts a saved state's records into the live document as a change on top (nothing of the history
 * is rewritten): records that are not in the snapshot go, changed ones are set back, missing ones
 * come back, and the board says again that its records follow the snapshot's schema (they are the
 * snapshot's records; an editor that opens the board migrates them if they are older). The
 * facilitation state is left as it is.
 */
export function restoreInto(doc: Y.Doc, snapshot: Uint8Array): void {
	const saved = new Y.Doc();
	Y.applyUpdate(saved, snapshot);
	const target = new Map(recordMaps(saved).map(([id, map]) => [id, map.toJSON()]));
	const schema = savedSchema(saved);
	saved.destroy();
	if (schemaReadability(schema) === 'readable' && !deepEqual(schema, savedSchema(doc)))
		saveSchema(doc, schema);
	const records = boardRecords(doc);
	for (const id of [...records.keys()]) if (!target.has(id)) records.delete(id);
	for (const [id, record] of target) {
		const current = records.get(id);
		if (current instanceof Y.Map && JSON.stringify(current.toJSON()) === JSON.stringify(record)) continue;
		records.set(id, recordToYMap(record as unknown as TLRecord));
	}
}
