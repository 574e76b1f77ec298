import * as Y from 'yjs';
import {
	FIRST_PAGE_ID,
	boardMeta,
	boardRecords,
	isRecordMap,
	recordMaps,
	savedSchema
} from '../../src/lib/board/board-doc.ts';
import { isSchemaStepForward } from '../../src/lib/board/board-schema.ts';
import { pageForLooseShapes, shapesToCutLoose } from '../../src/lib/board/parent-loops.ts';
import { ShapePlacements, placementOf, type Placement } from '../../src/lib/board/shape-placements.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { facilitationMap } from '../../src/lib/facilitation/facilitation-state.ts';
import { isLockedRecord } from '../../src/lib/facilitation/locks.ts';
import { transactionChanges } from './transaction-changes.ts';
import type { TLRecord } from '@tldraw/tldraw';

type Json = Record<string, unknown>;

/**
 * Keeps what only facilitators drive. After every transaction it looks at what changed: a change
 * to a locked shape (or a lock set or cleared) by anyone but a facilitator, and any client's change
 * to the facilitation state, is undone at once by a server transaction — the sender's update is
 * applied and then reverted rather than refused, so its later updates still apply (a refused update
 * would leave every later one from that client waiting on it) and a race with a lock just loses.
 * Peers get the update and its undoing in the same broadcast window. A value under a record's key
 * that is not a record (a map of its fields) is removed the same way, from anyone: readers skip it
 * (`recordMaps`), but a board should not keep it. So is a client's change to the board's schema
 * that is not a step forward (`isSchemaStepForward`): editors announce the schema they migrated
 * the records to, but one from a later version, an older one or none would make every editor
 * here refuse the board. A schema loaded from storage that this version cannot read is no
 * client's to change (a server rolled back: the board waits for the newer version). And after
 * anyone's change, a shape tldraw would not show (on a loop of parents, or whose parent is gone)
 * is moved to a page (`rehomeShapes`).
 */
export class StructureGuard<Origin> {
	/** Undone changes since the room loaded. */
	reverted = 0;
	private readonly doc: Y.Doc;
	private readonly records: Y.Map<Y.Map<unknown>>;
	private readonly facilitation: Y.Map<unknown>;
	private readonly meta: Y.Map<unknown>;
	/** Whether a change from this origin may touch locked shapes. */
	private readonly mayDrive: (origin: Origin) => boolean;
	/** Whether a change is the server's own (or checked by another instance's guard already). */
	private readonly fromServer: (origin: Origin | null) => boolean;
	/** Each locked shape as it was after its last allowed change. */
	private readonly locked = new Map<string, Json>();
	private facilitationState: Json;
	private metaState: Json;
	/** The schema in `metaState`. */
	private schema: unknown;
	/** Where each shape was last, for one whose parent is then gone. */
	private readonly placements = new ShapePlacements();

	/**
	 * Whether the doc is a whole board, whose shapes' parents are all in it (a participant's private
	 * notes sit in frames of the board's doc).
	 */
	private readonly wholeBoard: boolean;

	constructor(
		doc: Y.Doc,
		mayDrive: (origin: Origin) => boolean,
		fromServer: (origin: Origin | null) => boolean = (origin) => origin === null,
		wholeBoard = true
	) {
		this.fromServer = fromServer;
		this.wholeBoard = wholeBoard;
		this.doc = doc;
		this.records = boardRecords(doc);
		this.facilitation = facilitationMap(doc);
		this.meta = boardMeta(doc);
		this.mayDrive = mayDrive;
		for (const [id, record] of recordMaps(doc)) {
			const json = record.toJSON();
			if (isLockedRecord(json)) this.locked.set(id, json);
			this.rememberPlacement(id);
		}
		this.facilitationState = this.facilitation.toJSON();
		this.metaState = this.meta.toJSON();
		this.schema = savedSchema(doc);
		doc.on('afterTransaction', this.check);
		this.removeMalformed([...this.records.keys()]);
		this.rehomeShapes([...this.records.keys()]);
	}

	destroy(): void {
		this.doc.off('afterTransaction', this.check);
	}

	private readonly check = (transaction: Y.Transaction) => {
		const origin = transaction.origin as Origin | null;
		const changes = transactionChanges(transaction, this.records);
		const recordIds = changes.records;
		const facilitation = changes.roots.has(this.facilitation as Y.AbstractType<unknown>);
		if (facilitation) {
			if (this.fromServer(origin)) this.facilitationState = this.facilitation.toJSON();
			else this.restoreMap(this.facilitation, this.facilitationState);
		}
		if (changes.roots.has(this.meta as Y.AbstractType<unknown>)) {
			const schema = savedSchema(this.doc);
			if (this.fromServer(origin) || isSchemaStepForward(this.schema, schema)) {
				this.metaState = this.meta.toJSON();
				this.schema = schema;
			} else this.restoreMap(this.meta, this.metaState);
		}
		if (recordIds.size === 0) return;
		this.removeMalformed(recordIds);
		const privileged = this.fromServer(origin) || this.mayDrive(origin as Origin);
		const undo: string[] = [];
		for (const id of recordIds) {
			const before = this.locked.get(id);
			const record = this.records.get(id);
			const now = record instanceof Y.Map ? record.toJSON() : undefined;
			if (!privileged && (before || isLockedRecord(now))) undo.push(id);
			else if (now && isLockedRecord(now)) this.locked.set(id, now);
			else this.locked.delete(id);
		}
		if (undo.length > 0) this.restoreRecords(undo);
		this.rehomeShapes(recordIds);
		for (const id of recordIds) this.rememberPlacement(id);
	};

	/** The record of a shape under `id`; undefined for anything else. */
	private shape(id: string): Y.Map<unknown> | undefined {
		const record = this.records.get(id);
		return isRecordMap(id, record) && record.get('typeName') === 'shape' ? record : undefined;
	}

	private rememberPlacement(id: string): void {
		const shape = this.shape(id);
		const placement = shape && placementOf((field) => shape.get(field));
		if (placement) this.placements.remember(id, placement);
	}

	private removeMalformed(ids: Iterable<string>): void {
		const malformed = [...ids].filter((id) => this.records.has(id) && !isRecordMap(id, this.records.get(id)));
		if (malformed.length === 0) return;
		this.reverted++;
		this.doc.transact(() => {
			for (const id of malformed) this.records.delete(id);
		}, null);
	}

	/**
	 * Moves to a page, where tldraw shows it, a shape of these (changed) ones on a loop of parents
	 * (`shapesToCutLoose`; to the first page), and on a whole board a shape whose parent is gone:
	 * tldraw keeps it but shows it nowhere. That comes from one person deleting a frame while
	 * another (or someone offline) puts a note into it; the note goes where it was seen, on the
	 * frame's page, when this room saw where the frame was. When a change removes records, every
	 * shape is looked at.
	 */
	private rehomeShapes(ids: Iterable<string>): void {
		const parentOf = (id: string) => {
			const parent = this.shape(id)?.get('parentId');
			return typeof parent === 'string' ? parent : undefined;
		};
		const changed = [...ids];
		const loose = new Set(shapesToCutLoose(changed, parentOf));
		const orphans = new Set<string>();
		if (this.wholeBoard) {
			const removed = changed.some((id) => !this.records.has(id));
			for (const id of removed ? this.records.keys() : changed) {
				const parent = parentOf(id);
				// On tldraw's first page already: there is nowhere better, even when a board lacks it.
				if (parent === undefined || parent === FIRST_PAGE_ID || loose.has(id)) continue;
				if (!isRecordMap(parent, this.records.get(parent))) orphans.add(id);
			}
		}
		if (loose.size + orphans.size === 0) return;
		const pages = recordMaps(this.doc).filter(([, record]) => record.get('typeName') === 'page');
		const page = pageForLooseShapes(
			pages.map(([id, record]) => ({ id, index: String(record.get('index')) }))
		);
		const moves = new Map<string, Pick<Placement, 'parentId'> & Partial<Placement>>();
		for (const id of loose) moves.set(id, { parentId: page });
		for (const id of orphans) {
			const now = placementOf((field) => this.shape(id)!.get(field));
			const seen = now && this.placements.onPage(now);
			const onItsPage = seen && pages.some(([pageId]) => pageId === seen.parentId);
			moves.set(id, onItsPage ? seen : { parentId: page });
		}
		// On a board without pages there is nowhere better: what is already there stays.
		for (const [id, move] of moves) if (parentOf(id) === move.parentId) moves.delete(id);
		if (moves.size === 0) return;
		this.reverted++;
		this.doc.transact(() => {
			for (const [id, move] of moves) {
				const record = this.records.get(id)!;
				for (const [field, value] of Object.entries(move)) record.set(field, value);
			}
		}, null);
	}

	/** Puts locked shapes back as they were; a lock someone else set on an open shape is taken off again. */
	private restoreRecords(ids: string[]): void {
		this.reverted++;
		this.doc.transact(() => {
			for (const id of ids) {
				const before = this.locked.get(id);
				if (before) this.records.set(id, recordToYMap(before as unknown as TLRecord));
				else {
					const meta = this.records.get(id)?.get('meta');
					if (meta instanceof Y.Map) meta.delete('locked');
				}
			}
		}, null);
	}

	/** Sets a root map back to its state after its last allowed change. */
	private restoreMap(map: Y.Map<unknown>, state: Json): void {
		this.reverted++;
		this.doc.transact(() => {
			for (const key of [...map.keys()]) if (!Object.hasOwn(state, key)) map.delete(key);
			for (const [key, value] of Object.entries(state)) map.set(key, value);
		}, null);
	}
}
