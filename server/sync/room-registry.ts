import type { TLRecord } from '@tldraw/tldraw';
import * as Y from 'yjs';
import { boardRecords, recordMaps } from '../../src/lib/board/board-doc.ts';
import { thumbnailOf } from '../../src/lib/board/board-thumbnail.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { withoutPrivateMark } from '../../src/lib/facilitation/private-notes.ts';
import {
	parsePrivateNotesKey,
	privateNotesKey,
	type PrivateNotesStore
} from '../../src/lib/server/boards/private-notes.ts';
import type { BoardHistory } from '../../src/lib/server/boards/board-history.ts';
import { docRecords } from '../../src/lib/server/boards/board-records.ts';
import type { BoardRepository } from '../../src/lib/server/boards/board-repository.ts';
import type { ContributionStore } from '../../src/lib/server/boards/contributions.ts';
import type { CloseCodeValue } from '../../src/lib/sync/endpoint.ts';
import type { SyncLimits } from './limits.ts';
import type { BallotStore } from './room-facilitation.ts';
import { Room, type RoomContext, type RoomStats } from './room.ts';
import type { DocumentStore } from './update-writer.ts';
import type { Relay } from './relay.ts';

/** Automatic snapshots are named by their time in the list; the stored title says what they are. */
const AUTO_SNAPSHOT_TITLE = 'auto';

export interface RoomStores {
	documents: DocumentStore;
	privateNotes: PrivateNotesStore;
	ballots: BallotStore;
	history: Pick<BoardHistory, 'save'>;
	contributions: Pick<ContributionStore, 'add'>;
	boards: Pick<BoardRepository, 'setThumbnail'>;
	relay?: Relay;
}

/**
 * The rooms loaded in this process: one per board with connected clients (or within its grace
 * period), and one per participant's private notes while they brainstorm privately.
 */
export class RoomRegistry {
	private readonly rooms = new Map<string, Promise<Room>>();
	private readonly stores: RoomStores;
	private readonly context: RoomContext;
	private readonly limits: SyncLimits;

	constructor(stores: RoomStores, limits: SyncLimits) {
		this.stores = stores;
		this.limits = limits;
		this.context = {
			...stores,
			revealPrivateNotes: (boardId, into) => this.revealPrivateNotes(boardId, into),
			// With each automatic snapshot (a changed board, every 10 minutes and when it unloads) the
			// home page's picture of it is drawn again, from the same moment of the live doc.
			saveAutoSnapshot: async (boardId, doc) => {
				const state = Y.encodeStateAsUpdate(doc);
				const thumbnail = thumbnailOf(docRecords(doc).records);
				await stores.history.save(boardId, { kind: 'auto', title: AUTO_SNAPSHOT_TITLE, by: null }, state);
				await stores.boards.setThumbnail(boardId, thumbnail);
			}
		};
	}

	/** The room of a document key (a board id, or a private-notes key), loading it if needed. */
	async open(key: string): Promise<Room> {
		const existing = this.rooms.get(key);
		if (existing) {
			const room = await existing;
			if (!room.isUnloading) return room;
			await room.unload();
			return this.open(key);
		}
		const loading = Room.load(key, this.context, this.limits, (room) => this.forget(room));
		this.rooms.set(key, loading);
		loading.catch(() => this.rooms.delete(key));
		return loading;
	}

	/** Loaded rooms only (rooms still loading are skipped). */
	async loaded(): Promise<Room[]> {
		const settled = await Promise.allSettled(this.rooms.values());
		return settled.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
	}

	async stats(): Promise<RoomStats[]> {
		return (await this.loaded()).map((room) => room.stats());
	}

	/** Closes every socket on the board, its private notes included. */
	async closeBoard(boardId: string, code: CloseCodeValue, reason: string): Promise<void> {
		for (const room of await this.loaded()) if (room.boardId === boardId) room.closeAll(code, reason);
	}

	/** Closes every socket with `code`, then writes and unloads every room. */
	async unloadAll(code: CloseCodeValue, reason: string): Promise<void> {
		const rooms = await this.loaded();
		for (const room of rooms) room.closeAll(code, reason);
		await Promise.all(rooms.map((room) => room.unload()));
	}

	/**
	 * The reveal of a private brainstorm: each participant's private notes go into the board as
	 * they are (same ids, same places), as the server, and their private documents are emptied
	 * through Yjs, so a browser that still holds them learns they moved.
	 */
	private async revealPrivateNotes(boardId: string, into: Y.Doc): Promise<void> {
		const owners = new Set(await this.stores.privateNotes.owners(boardId));
		for (const room of await this.loaded()) {
			const notes = parsePrivateNotesKey(room.key);
			if (notes?.boardId === boardId) owners.add(notes.ownerId);
		}
		for (const owner of owners) {
			const room = await this.open(privateNotesKey(boardId, owner));
			const privateRecords = boardRecords(room.doc);
			const shapes = recordMaps(room.doc)
				.map(([, map]) => map.toJSON() as TLRecord)
				.filter((record) => record.typeName === 'shape');
			into.transact(() => {
				for (const record of shapes)
					boardRecords(into).set(record.id, recordToYMap(withoutPrivateMark(record)));
			}, null);
			room.doc.transact(() => {
				for (const id of [...privateRecords.keys()]) privateRecords.delete(id);
			}, null);
		}
	}

	private forget(room: Room): void {
		void this.rooms.get(room.key)?.then((current) => {
			if (current === room) this.rooms.delete(room.key);
		});
	}
}
