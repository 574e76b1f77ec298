import * as Y from 'yjs';
import { CloseCode, type CloseCodeValue } from '../../src/lib/sync/endpoint.ts';
import { Connection, type ConnectionAccess, type Socket, type Transport } from './connection.ts';
import { DocumentBroadcast } from './document-broadcast.ts';
import type { SyncLimits } from './limits.ts';
import { receiveMessage, type MessageTarget } from './message-receiver.ts';
import { PendingUpdates } from './pending-updates.ts';
import { encodeSyncStep1, encodeSyncStep2 } from './protocol.ts';
import { RoomAwareness } from './room-awareness.ts';
import { SendTurns } from './send-turns.ts';
import { RoomPersistence } from './room-persistence.ts';
import { RoomFacilitation, type BallotStore } from './room-facilitation.ts';
import { parsePrivateNotesKey } from '../../src/lib/server/boards/private-notes.ts';
import { StructureGuard } from './structure-guard.ts';
import { ContributionTracker } from './contribution-tracker.ts';
import type { ContributionStore } from '../../src/lib/server/boards/contributions.ts';
import type { DocumentStore, PendingUpdate } from './update-writer.ts';
import { RELAYED, type Relay, type RelayChannel, type Relayed } from './relay.ts';
import { RoomRelayLink } from './room-relay-link.ts';

/**
 * Who caused a document change: a client connection, the server itself (null), or a client of
 * another instance (RELAYED: already saved there).
 */
type Origin = Connection | null | Relayed;

export interface RoomStats {
	connections: number;
	/** Updates accepted but not yet saved; non-zero for long only while the database fails. */
	pendingUpdates: number;
	storageFailing: boolean;
	/** Updates refused from viewers, and facilitation commands from others, since the room loaded. */
	droppedUpdates: number;
	/** Changes to locked shapes or the facilitation state undone since the room loaded. */
	revertedChanges: number;
}

/**
 * One board's live document while anyone is connected: its connections, and the updates they
 * send, checked and applied. Applied updates are saved before they are broadcast (RoomPersistence
 * → DocumentBroadcast); cursors go through RoomAwareness. The room unloads itself a grace period
 * after the last client left, never while updates wait to be saved.
 */
/** What a room needs from outside: where documents, private notes and ballots are kept, and the reveal. */
export interface RoomContext {
	documents: DocumentStore;
	privateNotes: DocumentStore;
	ballots: BallotStore;
	/** Moves every participant's private notes into the board's document `into`, and empties them. */
	revealPrivateNotes(boardId: string, into: Y.Doc): Promise<void>;
	/** Keeps an automatic snapshot of the board's doc as it is now (thinned over time). */
	saveAutoSnapshot(boardId: string, doc: Y.Doc): Promise<void>;
	/** Where who-did-what is counted. */
	contributions: Pick<ContributionStore, 'add'>;
	/** The other instances, when there are any. */
	relay?: Relay;
}

/** Who sent a change: the socket's account or guest; none for the server's own or a relayed one. */
const authorOf = (origin: Origin) =>
	origin instanceof Connection ? { id: origin.principalId, name: origin.access.principal.name } : null;

export class Room implements MessageTarget {
	/** The document this room holds: a board id, or a participant's private notes on a board. */
	readonly key: string;
	/** The board it belongs to (access is checked on the board). */
	readonly boardId: string;
	readonly doc = new Y.Doc();
	readonly awareness: RoomAwareness;
	private readonly limits: SyncLimits;
	private readonly connections = new Set<Connection>();
	private readonly persistence: RoomPersistence<Origin>;
	private readonly broadcast: DocumentBroadcast<Connection>;
	private readonly sendTurns: SendTurns;
	private readonly pending: PendingUpdates<Connection>;
	private readonly onUnloaded: (room: Room) => void;
	private droppedUpdatesOfGone = 0;
	private guard: StructureGuard<Origin> | null = null;
	/** A board's facilitation; none in a room of private notes. */
	private readonly facilitation: RoomFacilitation | null;
	private graceTimer: NodeJS.Timeout | null = null;
	private contributions: ContributionTracker<Origin> | null = null;
	/** Automatic snapshots of a board room (none for private notes). */
	private snapshots: {
		timer: NodeJS.Timeout;
		changed: boolean;
		save: (doc: Y.Doc) => Promise<void>;
	} | null = null;
	private unloading: Promise<void> | null = null;
	/**
	 * Sync step 2 with the whole document, for everyone who joins with an empty one (a workshop
	 * starting: a crowd opening the board at once); encoded once until the next change.
	 */
	private wholeDocument: Uint8Array | null = null;
	/** This room on other instances; null without a relay. */
	private relayLink: RoomRelayLink | null = null;

	/** Loads the document's snapshot and the log after it into a new room (`key`: see `key`). */
	static async load(
		key: string,
		context: RoomContext,
		limits: SyncLimits,
		onUnloaded: (room: Room) => void
	): Promise<Room> {
		const privateNotes = parsePrivateNotesKey(key);
		const store = privateNotes ? context.privateNotes : context.documents;
		// Listening before reading: what other instances save after the read still reaches the room.
		const channel = (await context.relay?.join(key)) ?? null;
		let stored;
		try {
			stored = await store.load(key);
		} catch (error) {
			await channel?.leave();
			throw error;
		}
		const room = new Room(
			key,
			privateNotes ? null : context,
			limits,
			onUnloaded,
			channel,
			(doc, broadcast) => {
				return new RoomPersistence<Origin>({
					store,
					boardId: key,
					limits,
					stored,
					currentState: () => Y.encodeStateAsUpdate(doc),
					onPersisted: (batch, lastSeq) => {
						// Relayed updates are never saved here: every origin in a batch is a connection or the server.
						broadcast.push(batch as PendingUpdate<Connection | null>[]);
						channel?.publishUpdates(
							batch.map((pending) => pending.update),
							lastSeq
						);
					},
					// Updates are tagged with who sent them (the session's account or guest); the server's with none.
					authorOf,
					lock: context.relay?.compactionLock
				});
			}
		);
		let allRead = true;
		room.doc.transact(() => {
			for (const data of [stored.snapshot, ...stored.updates.map((u) => u.data)]) {
				if (!data) continue;
				try {
					Y.applyUpdate(room.doc, data);
				} catch (error) {
					// Only validated updates are logged; a corrupt row must still not make the board unopenable.
					console.error(`[sync] skipped an unreadable stored update of ${key}:`, error);
					allRead = false;
				}
			}
		});
		// A board stored as one snapshot (as a room leaves it) is the whole-document answer as it
		// is, until anything changes the doc: the first to open it waits for no encoding of it.
		if (allRead && stored.snapshot && stored.updates.length === 0)
			room.wholeDocument = encodeSyncStep2(stored.snapshot);
		// Listening before the guard looks at the loaded board: a repair it makes is saved, and
		// clears that answer.
		room.doc.on('update', (update: Uint8Array, origin: Origin) => {
			room.wholeDocument = null;
			// Saved by the instance that received it: only this instance's clients still need it.
			if (origin === RELAYED) return room.broadcast.push([{ update, origin: null }]);
			room.persistence.enqueue(update, origin);
			if (room.snapshots) room.snapshots.changed = true;
		});
		room.guard = new StructureGuard<Origin>(
			room.doc,
			(origin) => origin instanceof Connection && origin.access.role === 'facilitator',
			// Another instance's guard checked a relayed change already.
			(origin) => origin === null || origin === RELAYED,
			!privateNotes
		);
		if (!privateNotes) {
			room.contributions = new ContributionTracker<Origin>(key, room.doc, context.contributions, authorOf);
			const timer = setInterval(() => void room.autoSnapshot(), limits.autoSnapshotMs);
			timer.unref();
			room.snapshots = { timer, changed: false, save: (doc) => context.saveAutoSnapshot(key, doc) };
		}
		if (channel) {
			const { doc, persistence, awareness } = room;
			room.relayLink = new RoomRelayLink({ key, doc, store, persistence, awareness, channel });
		}
		room.armGraceTimer();
		return room;
	}

	private constructor(
		key: string,
		/** The board's context; null for private notes, which have no facilitation. */
		board: RoomContext | null,
		limits: SyncLimits,
		onUnloaded: (room: Room) => void,
		channel: RelayChannel | null,
		persistence: (doc: Y.Doc, broadcast: DocumentBroadcast<Connection>) => RoomPersistence<Origin>
	) {
		this.key = key;
		this.boardId = parsePrivateNotesKey(key)?.boardId ?? key;
		this.limits = limits;
		this.onUnloaded = onUnloaded;
		const connections = () => this.connections;
		const schedule = () => this.sendTurns.schedule();
		this.broadcast = new DocumentBroadcast(connections, limits.broadcastWindowMs, schedule);
		this.persistence = persistence(this.doc, this.broadcast);
		this.pending = new PendingUpdates(this.doc, limits.maxPendingBytes);
		this.awareness = new RoomAwareness(this.doc, limits, connections, schedule, channel);
		this.sendTurns = new SendTurns(
			connections,
			[this.broadcast, this.awareness],
			limits.broadcastWindowMs / 2
		);
		this.facilitation =
			board &&
			new RoomFacilitation(key, this.doc, board.ballots, () => board.revealPrivateNotes(key, this.doc));
	}

	get isUnloading(): boolean {
		return this.unloading !== null;
	}

	stats(): RoomStats {
		return {
			connections: this.connections.size,
			pendingUpdates: this.persistence.pending,
			storageFailing: this.persistence.failing,
			droppedUpdates:
				this.droppedUpdatesOfGone + [...this.connections].reduce((sum, c) => sum + c.droppedUpdates, 0),
			revertedChanges: this.guard?.reverted ?? 0
		};
	}

	/** The connections open now (a copy: checking access may close some). */
	openConnections(): Connection[] {
		return [...this.connections];
	}

	/** Adds an upgraded socket and starts the sync handshake. */
	join(socket: Socket, access: ConnectionAccess, transport: Transport | null = null): Connection {
		const connection = new Connection(
			socket,
			this.limits,
			access,
			{
				message: (from, data) => receiveMessage(this, from, data),
				closed: (from) => this.leave(from)
			},
			transport
		);
		this.connections.add(connection);
		this.clearGraceTimer();
		connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)), 'document');
		const states = this.awareness.everyState();
		if (states) connection.send(states, 'document');
		const people = this.awareness.presenceCount();
		if (people) connection.send(people, 'document');
		this.facilitation?.sendBallot(connection);
		return connection;
	}

	/** Answers a client's sync step 1 once everything it could be shown is persisted. */
	async sendDocument(connection: Connection, stateVector: Uint8Array): Promise<void> {
		try {
			Y.decodeStateVector(stateVector);
		} catch {
			connection.close(CloseCode.MalformedMessage, 'invalid state vector');
			return;
		}
		await this.persistence.flushed();
		if (this.unloading) return;
		const empty = stateVector.length === 1 && stateVector[0] === 0;
		const message = empty
			? (this.wholeDocument ??= encodeSyncStep2(Y.encodeStateAsUpdate(this.doc)))
			: encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
		connection.send(message, 'document');
	}

	/** Validates and applies a client's document update; persistence and broadcast follow from the doc's update event. */
	applyUpdate(connection: Connection, update: Uint8Array): void {
		const size = this.persistence.documentBytes + this.pending.bytes + update.byteLength;
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

	applyAwareness(connection: Connection, update: Uint8Array): void {
		try {
			this.awareness.apply(connection, update);
		} catch {
			connection.close(CloseCode.MalformedMessage, 'invalid awareness update');
		}
	}

	/** Everyone's presence, asked for: sent as the join sends it, not dropped behind a backlog like a cursor tick. */
	sendAwareness(connection: Connection): void {
		const states = this.awareness.everyState();
		if (states) connection.send(states, 'document');
	}

	/** A facilitation command: RoomFacilitation checks it and the sender's role. */
	runCommand(connection: Connection, value: unknown): void {
		if (this.facilitation) this.facilitation.run(connection, value);
		else connection.close(CloseCode.MalformedMessage, 'no commands on private notes');
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

	/** Resolves once every applied update is saved. */
	flushed(): Promise<void> {
		return this.persistence.flushed();
	}

	/** Saves who-did-what counted so far (the tracker otherwise saves every 2 s). */
	async saveContributions(): Promise<void> {
		await this.contributions?.flush();
	}

	/** An automatic snapshot when the board changed since the last one; a failure is logged, not fatal. */
	private async autoSnapshot(): Promise<void> {
		if (!this.snapshots?.changed) return;
		this.snapshots.changed = false;
		try {
			// The snapshot keeps who had done what by now: counts not yet saved would land after it.
			await this.saveContributions();
			await this.snapshots.save(this.doc);
		} catch (error) {
			console.error(`[sync] automatic snapshot of board ${this.boardId} failed:`, error);
		}
	}

	private async finishUnload(): Promise<void> {
		this.clearGraceTimer();
		this.closeAll(CloseCode.Restarting, 'room closing');
		await this.persistence.flushed();
		if (this.snapshots) clearInterval(this.snapshots.timer);
		await this.autoSnapshot();
		await this.contributions?.destroy();
		await this.persistence.compact();
		this.broadcast.stop();
		this.sendTurns.stop();
		this.guard?.destroy();
		this.awareness.destroy();
		this.pending.drop();
		this.doc.destroy();
		await this.relayLink?.stop();
		this.onUnloaded(this);
	}

	private leave(connection: Connection): void {
		if (!this.connections.delete(connection)) return;
		this.droppedUpdatesOfGone += connection.droppedUpdates;
		this.pending.left(connection);
		this.awareness.leave(connection);
		if (this.connections.size === 0) this.armGraceTimer();
	}

	private armGraceTimer(): void {
		this.clearGraceTimer();
		this.graceTimer = setTimeout(() => {
			this.graceTimer = null;
			if (this.connections.size > 0) return;
			// A failing database keeps the document in memory until its updates are saved.
			if (this.persistence.pending > 0) this.armGraceTimer();
			else void this.unload();
		}, this.limits.roomGraceMs);
		this.graceTimer.unref();
	}

	private clearGraceTimer(): void {
		if (this.graceTimer) clearTimeout(this.graceTimer);
		this.graceTimer = null;
	}
}
