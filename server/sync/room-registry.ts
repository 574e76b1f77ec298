import type { DocumentLog } from '../../src/lib/server/boards/document-log.ts';
import type { BallotStore } from './room-facilitation.ts';
import type { CloseCodeValue } from '../../src/lib/sync/endpoint.ts';
import type { SyncLimits } from './limits.ts';
import { Room, type RoomStats } from './room.ts';

/** The rooms loaded in this process, one per board with connected clients (or within its grace period). */
export class RoomRegistry {
	private readonly rooms = new Map<string, Promise<Room>>();
	private readonly stores: { documents: DocumentLog; ballots: BallotStore };
	private readonly limits: SyncLimits;

	constructor(stores: { documents: DocumentLog; ballots: BallotStore }, limits: SyncLimits) {
		this.stores = stores;
		this.limits = limits;
	}

	/** The board's room, loading it if needed; waits for a room that is unloading to finish first. */
	async open(boardId: string): Promise<Room> {
		const existing = this.rooms.get(boardId);
		if (existing) {
			const room = await existing;
			if (!room.isUnloading) return room;
			await room.unload();
			return this.open(boardId);
		}
		const loading = Room.load(boardId, this.stores, this.limits, (room) => this.forget(room));
		this.rooms.set(boardId, loading);
		loading.catch(() => this.rooms.delete(boardId));
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

	async closeBoard(boardId: string, code: CloseCodeValue, reason: string): Promise<void> {
		const room = await this.rooms.get(boardId)?.catch(() => null);
		room?.closeAll(code, reason);
	}

	/** Closes every socket with `code`, then writes and unloads every room. */
	async unloadAll(code: CloseCodeValue, reason: string): Promise<void> {
		const rooms = await this.loaded();
		for (const room of rooms) room.closeAll(code, reason);
		await Promise.all(rooms.map((room) => room.unload()));
	}

	private forget(room: Room): void {
		void this.rooms.get(room.boardId)?.then((current) => {
			if (current === room) this.rooms.delete(room.boardId);
		});
	}
}
