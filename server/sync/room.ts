import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { DocumentLog } from '../../src/lib/server/boards/document-log.ts';
import {
	encodeAwarenessEntries,
	isNullState,
	readAwarenessEntries,
	type AwarenessEntry
} from './awareness-filter.ts';
import { AwarenessFrames } from './awareness-frames.ts';
import { AwarenessOutbox } from './awareness-outbox.ts';
import { stampIdentity } from './awareness-identity.ts';
import { AwarenessOwnership } from './awareness-ownership.ts';
import { CloseCode, type CloseCodeValue } from './close-codes.ts';
import { Connection, type ConnectionAccess } from './connection.ts';
import type { SyncLimits } from './limits.ts';
import { receiveMessage } from './message-receiver.ts';
import { PendingUpdates } from './pending-updates.ts';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol.ts';
import { UpdateWriter, type PendingUpdate } from './update-writer.ts';

/**
 * Longest a renewal waits before it is passed on. Clients renew after 15–18 s and drop a state
 * not renewed for 30 s, so up to 5 s of delay leaves a wide margin.
 */
const RENEWAL_MAX_DEFER_MS = 5_000;

/** Who caused a document change: a client connection, or the server itself (null). */
type Origin = Connection | null;

interface AwarenessChange {
	added: number[];
	updated: number[];
	removed: number[];
}

export interface RoomStats {
	connections: number;
	/** Updates accepted but not yet saved; non-zero for long only while the database fails. */
	pendingUpdates: number;
	storageFailing: boolean;
	/** Updates refused from viewers since the room loaded. */
	droppedUpdates: number;
}

/**
 * One board's live document while anyone is connected: applies client updates, persists them
 * before broadcasting, coalesces cursor traffic, and unloads itself a grace period after the last
 * client left.
 */
export class Room {
	readonly boardId: string;
	readonly doc = new Y.Doc();
	readonly awareness: awarenessProtocol.Awareness;
	private readonly connections = new Set<Connection>();
	private droppedUpdatesOfGone = 0;
	private readonly log: DocumentLog;
	private readonly limits: SyncLimits;
	private readonly writer: UpdateWriter<Origin>;
	private readonly pending: PendingUpdates<Connection>;
	private readonly onUnloaded: (room: Room) => void;
	private readonly awarenessOutbox: AwarenessOutbox;
	private readonly awarenessOwnership = new AwarenessOwnership<Connection>();
	private awarenessTimer: NodeJS.Timeout | null = null;
	private outgoing: PendingUpdate<Origin>[] = [];
	private broadcastTimer: NodeJS.Timeout | null = null;
	private lastBroadcastAt = -Infinity;
	private graceTimer: NodeJS.Timeout | null = null;
	private snapshotBytes: number;
	private logBytes: number;
	private updatesSinceCompaction: number;
	private compacting: Promise<void> | null = null;
	private unloading: Promise<void> | null = null;

	private constructor(options: {
		boardId: string;
		log: DocumentLog;
		limits: SyncLimits;
		persistedSeq: number;
		snapshotBytes: number;
		logBytes: number;
		logLength: number;
		onUnloaded: (room: Room) => void;
	}) {
		this.boardId = options.boardId;
		this.log = options.log;
		this.limits = options.limits;
		this.onUnloaded = options.onUnloaded;
		this.snapshotBytes = options.snapshotBytes;
		this.logBytes = options.logBytes;
		this.updatesSinceCompaction = options.logLength;
		this.writer = new UpdateWriter(options.log, options.boardId, options.persistedSeq, (batch) =>
			this.broadcastPersisted(batch)
		);
		this.awarenessOutbox = new AwarenessOutbox(RENEWAL_MAX_DEFER_MS / options.limits.awarenessTickMs);
		this.pending = new PendingUpdates(this.doc, options.limits.maxPendingBytes);
		this.awareness = new awarenessProtocol.Awareness(this.doc);
		// The server is not a participant.
		this.awareness.setLocalState(null);
		// 'change' lists what really changed; 'update' (emitted right after) also lists renewals.
		this.awareness.on('change', (change: AwarenessChange) => {
			for (const id of [...change.added, ...change.updated, ...change.removed])
				this.awarenessOutbox.markChanged(id);
		});
		this.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
			this.onAwareness(change, origin)
		);
	}

	/** Loads the board's snapshot and the log after it into a new room. */
	static async load(
		boardId: string,
		log: DocumentLog,
		limits: SyncLimits,
		onUnloaded: (room: Room) => void
	): Promise<Room> {
		const stored = await log.load(boardId);
		const lastSeq = stored.updates.at(-1)?.seq ?? stored.snapshotSeq;
		const room = new Room({
			boardId,
			log,
			limits,
			persistedSeq: lastSeq,
			snapshotBytes: stored.snapshot?.byteLength ?? 0,
			logBytes: stored.updates.reduce((sum, u) => sum + u.data.byteLength, 0),
			logLength: stored.updates.length,
			onUnloaded
		});
		room.doc.transact(() => {
			for (const data of [stored.snapshot, ...stored.updates.map((u) => u.data)]) {
				if (!data) continue;
				try {
					Y.applyUpdate(room.doc, data);
				} catch (error) {
					// Only validated updates are logged; a corrupt row must still not make the board unopenable.
					console.error(`[sync] skipped an unreadable stored update of board ${boardId}:`, error);
				}
			}
		});
		room.doc.on('update', (update: Uint8Array, origin: Origin) => room.writer.enqueue(update, origin));
		room.armGraceTimer();
		return room;
	}

	get isUnloading(): boolean {
		return this.unloading !== null;
	}

	stats(): RoomStats {
		return {
			connections: this.connections.size,
			pendingUpdates: this.writer.pending,
			storageFailing: this.writer.failing,
			droppedUpdates:
				this.droppedUpdatesOfGone + [...this.connections].reduce((sum, c) => sum + c.droppedUpdates, 0)
		};
	}

	/** The connections open now (a copy: checking access may close some). */
	openConnections(): Connection[] {
		return [...this.connections];
	}

	/** Adds an upgraded socket and starts the sync handshake. */
	join(socket: WebSocket, access: ConnectionAccess): Connection {
		const connection = new Connection(socket, this.limits, access);
		this.connections.add(connection);
		this.clearGraceTimer();
		socket.on('message', (data, isBinary) => {
			if (!isBinary) {
				connection.close(CloseCode.MalformedMessage, 'text frames are not part of the protocol');
				return;
			}
			try {
				receiveMessage(this, connection, toBytes(data));
			} catch (error) {
				this.failed(connection, error);
			}
		});
		socket.on('close', () => this.leave(connection));
		// Protocol errors (e.g. an oversized frame) are followed by 'close'; without a listener they would crash.
		socket.on('error', () => {});
		connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)), 'document');
		if (this.awareness.getStates().size > 0) connection.send(this.everyAwarenessState(), 'document');
		return connection;
	}

	/** An unexpected error while serving one socket ends that socket, never the process. */
	failed(connection: Connection, error: unknown): void {
		console.error(`[sync] a message on board ${this.boardId} failed:`, error);
		connection.close(CloseCode.InternalError, 'internal error');
	}

	/** Answers a client's sync step 1 once everything it could be shown is persisted. */
	async sendDocument(connection: Connection, stateVector: Uint8Array): Promise<void> {
		try {
			Y.decodeStateVector(stateVector);
		} catch {
			connection.close(CloseCode.MalformedMessage, 'invalid state vector');
			return;
		}
		await this.writer.flushed();
		if (this.unloading) return;
		connection.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector)), 'document');
	}

	/** Validates and applies a client's document update; persistence and broadcast follow from the doc's update event. */
	applyUpdate(connection: Connection, update: Uint8Array): void {
		const size = this.snapshotBytes + this.logBytes + this.pending.bytes + update.byteLength;
		if (size > this.limits.maxDocumentBytes) {
			connection.close(CloseCode.DocumentTooLarge, 'the board has reached its maximum size');
			return;
		}
		try {
			// Parses the whole update without touching the document, so a malformed one changes nothing.
			Y.decodeUpdate(update);
			Y.applyUpdate(this.doc, update, connection);
		} catch {
			connection.close(CloseCode.MalformedMessage, 'invalid document update');
			return;
		}
		for (const sender of this.pending.applied(connection))
			sender.close(CloseCode.OutOfSync, 'updates depend on changes the server does not have');
	}

	/**
	 * Applies the entries of an awareness update that this connection may change and that are newer
	 * than what the room has. Echoes of other clients' states (which stock clients send back) and
	 * attempts to move someone else's cursor are dropped before any JSON is parsed; what is left
	 * carries the socket's signed-in name.
	 */
	applyAwareness(connection: Connection, update: Uint8Array): void {
		try {
			const entries = readAwarenessEntries(update);
			const ownership = this.awarenessOwnership;
			// States of other clients in it mean the client echoes what it has read.
			if (entries.some((entry) => ownership.heldByOther(connection, entry.clientId)))
				connection.awarenessFlow.echoed();
			const permitted = ownership.permitted(
				connection,
				entries.map((entry) => entry.clientId)
			);
			const isOnBoard = (principalId: string) => ownership.isPresent(principalId);
			const accepted = entries
				.filter((entry) => permitted.has(entry.clientId) && this.isNewer(entry))
				.map((entry) => stampIdentity(entry, connection.access.principal, isOnBoard))
				.filter((entry) => entry !== null);
			if (accepted.length === 0) return;
			awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), connection);
		} catch {
			connection.close(CloseCode.MalformedMessage, 'invalid awareness update');
		}
	}

	/** Whether an entry changes what the room has: a later clock, or the removal of a state at the same clock. */
	private isNewer(entry: AwarenessEntry) {
		const known = this.awareness.meta.get(entry.clientId);
		if (!known) return true;
		return (
			entry.clock > known.clock ||
			(entry.clock === known.clock && isNullState(entry.state) && this.awareness.states.has(entry.clientId))
		);
	}

	sendAwareness(connection: Connection): void {
		connection.send(this.everyAwarenessState(), 'awareness');
	}

	private everyAwarenessState(): Uint8Array {
		const states = [...this.awareness.getStates().keys()];
		return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
	}

	/** Closes every connection, e.g. when the board was deleted or the server stops. */
	closeAll(code: CloseCodeValue, reason: string): void {
		for (const connection of this.connections) connection.close(code, reason);
	}

	/** Writes what is pending and the final snapshot, then releases the document. */
	unload(): Promise<void> {
		this.unloading ??= this.finishUnload();
		return this.unloading;
	}

	private async finishUnload(): Promise<void> {
		this.clearGraceTimer();
		this.closeAll(CloseCode.Restarting, 'room closing');
		await this.writer.flushed();
		await this.compact();
		if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
		if (this.broadcastTimer) clearTimeout(this.broadcastTimer);
		this.awareness.destroy();
		this.pending.drop();
		this.doc.destroy();
		this.onUnloaded(this);
	}

	private leave(connection: Connection): void {
		if (!this.connections.delete(connection)) return;
		this.droppedUpdatesOfGone += connection.droppedUpdates;
		this.pending.left(connection);
		if (connection.awarenessIds.size > 0) {
			const ids = [...connection.awarenessIds];
			for (const id of ids) this.awarenessOwnership.release(connection, id);
			awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
		}
		if (this.connections.size === 0) this.armGraceTimer();
	}

	private broadcastPersisted(batch: PendingUpdate<Origin>[]): void {
		for (const { update } of batch) this.logBytes += update.byteLength;
		this.outgoing.push(...batch);
		this.updatesSinceCompaction += batch.length;
		if (
			this.updatesSinceCompaction >= this.limits.compactEvery ||
			this.logBytes > this.limits.maxDocumentBytes / 4
		) {
			void this.compact();
		}
		if (this.broadcastTimer) return;
		const wait = this.lastBroadcastAt + this.limits.broadcastWindowMs - performance.now();
		if (wait <= 0) this.flushOutgoing();
		else this.broadcastTimer = setTimeout(() => this.flushOutgoing(), wait);
	}

	/**
	 * Sends what was persisted since the last broadcast as one message, encoded once. A lone
	 * sender does not get its own changes back; with several senders everyone gets the merged
	 * update, and the part a client already has is a no-op for it.
	 */
	private flushOutgoing(): void {
		this.broadcastTimer = null;
		this.lastBroadcastAt = performance.now();
		const pending = this.outgoing;
		this.outgoing = [];
		if (pending.length === 0) return;
		const origins = new Set(pending.map((p) => p.origin));
		const skip = origins.size === 1 ? pending[0]!.origin : null;
		const update = pending.length === 1 ? pending[0]!.update : Y.mergeUpdates(pending.map((p) => p.update));
		const message = encodeUpdate(update);
		for (const connection of this.connections) {
			if (connection !== skip) connection.send(message, 'document');
		}
	}

	/**
	 * Folds the log into the snapshot. The document holds at least everything persisted through
	 * `persistedSeq` (possibly more, which only makes the snapshot more complete), so the log
	 * entries up to that number can go.
	 */
	private compact(): Promise<void> {
		this.compacting ??= (async () => {
			const seq = this.writer.persistedSeq;
			const coveredBytes = this.logBytes;
			const coveredUpdates = this.updatesSinceCompaction;
			if (coveredUpdates === 0) return;
			const state = Y.encodeStateAsUpdate(this.doc);
			try {
				await this.log.compact(this.boardId, state, seq);
				this.snapshotBytes = state.byteLength;
				this.logBytes -= coveredBytes;
				this.updatesSinceCompaction -= coveredUpdates;
			} catch (error) {
				console.error(`[sync] compacting board ${this.boardId} failed; the log stays intact:`, error);
			}
		})().finally(() => (this.compacting = null));
		return this.compacting;
	}

	private onAwareness(change: AwarenessChange, origin: unknown): void {
		if (origin instanceof Connection) {
			for (const id of [...change.added, ...change.updated]) this.awarenessOwnership.claim(origin, id);
			for (const id of change.removed) this.awarenessOwnership.release(origin, id);
		}
		for (const id of change.updated) this.awarenessOutbox.markRenewed(id);
		if (!this.awarenessOutbox.isEmpty) this.armAwarenessTimer();
	}

	private armAwarenessTimer(): void {
		this.awarenessTimer ??= setTimeout(() => this.flushAwareness(), this.limits.awarenessTickMs);
	}

	/**
	 * Sends the entries the outbox releases, one frame per connection, encoded once for all who get
	 * the same. A connection that has not read its last frame gets them later (AwarenessFlow), so
	 * ticks go on while any connection holds some.
	 */
	private flushAwareness(): void {
		this.awarenessTimer = null;
		const ids = this.awarenessOutbox.take();
		const frames = new AwarenessFrames(this.awareness, ids);
		const tickIds = new Set(ids);
		const now = performance.now();
		let holding = false;
		for (const connection of this.connections) {
			// A client knows its own state; sending it back would only make it parse it again.
			const own = [...connection.awarenessIds].some((id) => tickIds.has(id));
			const idsForIt = own ? ids.filter((id) => !connection.awarenessIds.has(id)) : ids;
			const released = connection.awarenessFlow.release(idsForIt, now);
			if (released.length > 0) connection.send(frames.frame(released), 'awareness');
			holding ||= connection.awarenessFlow.holding;
		}
		if (holding || !this.awarenessOutbox.isEmpty) this.armAwarenessTimer();
	}

	private armGraceTimer(): void {
		this.clearGraceTimer();
		this.graceTimer = setTimeout(() => {
			this.graceTimer = null;
			if (this.connections.size > 0) return;
			// A failing database keeps the document in memory until its updates are saved.
			if (this.writer.pending > 0) this.armGraceTimer();
			else void this.unload();
		}, this.limits.roomGraceMs);
		this.graceTimer.unref();
	}

	private clearGraceTimer(): void {
		if (this.graceTimer) clearTimeout(this.graceTimer);
		this.graceTimer = null;
	}
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
	if (Array.isArray(data)) return Buffer.concat(data);
	return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
