import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import {
	encodeAwarenessEntries,
	isNullState,
	readAwarenessClientIds,
	readAwarenessEntries,
	type AwarenessEntry
} from './awareness-codec.ts';
import { AwarenessFrames } from './awareness-frames.ts';
import { stampIdentity } from './awareness-identity.ts';
import { AwarenessOutbox } from './awareness-outbox.ts';
import { AwarenessOwnership } from './awareness-ownership.ts';
import { Connection } from './connection.ts';
import { CrowdPresence, type AwarenessChange } from './crowd-presence.ts';
import type { SyncLimits } from './limits.ts';
import { encodeAwareness } from './protocol.ts';
import { RELAYED, type RelayChannel } from './relay.ts';
import type { Outgoing } from './send-turns.ts';

/**
 * Longest a renewal waits before it is passed on. Clients renew after 15–18 s and drop a state
 * not renewed for 30 s, so up to 5 s of delay leaves a wide margin.
 */
const RENEWAL_MAX_DEFER_MS = 5_000;

/**
 * A room's cursors and presence (Yjs awareness): who may change which entry, what the server
 * stamps into each, and when it goes out — on a tick (one of the room's SendTurns), merged,
 * renewals spread out, and never faster than a client reads.
 */
export class RoomAwareness implements Outgoing {
	readonly awareness: awarenessProtocol.Awareness;
	private readonly connections: () => ReadonlySet<Connection>;
	private readonly tickMs: number;
	private readonly outbox: AwarenessOutbox;
	private readonly ownership = new AwarenessOwnership<Connection>();
	/** Entries whose state came from clients of other instances (not held here), by instance. */
	private readonly relayedFrom = new Map<number, string>();
	/** The instance whose entries are being applied (inside `applyRelayed`). */
	private relayingFrom: string | null = null;
	private readonly crowd: CrowdPresence;
	private readonly channel: RelayChannel | null;
	private readonly pending: () => void;
	private lastTickAt = -Infinity;
	private tick = 0;
	/** Client ids sent per tick, kept while some connection is still owed them (AwarenessFlow). */
	private readonly sentTicks = new Map<number, number[]>();

	constructor(
		doc: Y.Doc,
		limits: SyncLimits,
		connections: () => ReadonlySet<Connection>,
		/** Called when entries wait to be sent. */
		pending: () => void,
		/** The room on other instances: this room's clients' entries go there, theirs come from there. */
		channel: RelayChannel | null = null
	) {
		this.connections = connections;
		this.pending = pending;
		this.channel = channel;
		this.tickMs = limits.awarenessTickMs;
		this.crowd = new CrowdPresence(connections, limits);
		this.outbox = new AwarenessOutbox(RENEWAL_MAX_DEFER_MS / limits.awarenessTickMs);
		this.awareness = new awarenessProtocol.Awareness(doc);
		// The server is not a participant.
		this.awareness.setLocalState(null);
		// 'change' lists what really changed; 'update' (emitted right after) also lists renewals.
		this.awareness.on('change', (change: AwarenessChange) => {
			for (const id of this.crowd.changed(change)) this.outbox.markChanged(id);
		});
		this.awareness.on('update', (change: AwarenessChange, origin: unknown) => this.updated(change, origin));
	}

	/** Every state the room shows, as one message (for a joining or asking client); null when none. */
	everyState(): Uint8Array | null {
		const states = [...this.awareness.getStates().keys()].filter((id) => !this.crowd.isQuiet(id));
		if (states.length === 0) return null;
		return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, states));
	}

	/**
	 * Applies the entries of a client's awareness update that this connection may change and that
	 * are newer than what the room has. Echoes of other clients' states (which stock clients send
	 * back) and attempts to move someone else's cursor are dropped before any JSON is parsed; what
	 * is left carries the socket's identity. Throws on a malformed update.
	 */
	apply(connection: Connection, update: Uint8Array): void {
		const ownership = this.ownership;
		// States of other clients in it mean the client echoes what it has read.
		const echoed = (id: number) => ownership.heldByOther(connection, id) || this.relayedFrom.has(id);
		const ids = readAwarenessClientIds(update);
		const echoes = ids.filter(echoed).length;
		if (echoes > 0) connection.awarenessFlow.echoed();
		// Nothing in a pure echo can change the room: done without decoding its states.
		if (echoes === ids.length) return;
		const entries = readAwarenessEntries(update);
		const permitted = ownership.permitted(
			connection,
			entries.map((entry) => entry.clientId)
		);
		const isOnBoard = (principalId: string) => ownership.isPresent(principalId);
		const accepted = entries
			.filter((entry) => permitted.has(entry.clientId) && this.isNewer(entry))
			.map((entry) => stampIdentity(entry, connection.access.principal, connection.access.role, isOnBoard))
			.filter((entry) => entry !== null);
		if (accepted.length === 0) return;
		awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), connection);
	}

	/** Entries from another instance's clients, checked and stamped there. Throws on a malformed update. */
	applyRelayed(update: Uint8Array, from: string): void {
		this.relayingFrom = from;
		try {
			awarenessProtocol.applyAwarenessUpdate(this.awareness, update, RELAYED);
		} finally {
			this.relayingFrom = null;
		}
	}

	/** An instance is gone: its clients' cursors disappear now, not after the 30 s timeout. */
	dropInstance(instance: string): void {
		const ids = [...this.relayedFrom].filter(([, from]) => from === instance).map(([id]) => id);
		if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, RELAYED);
	}

	/** The connection's cursors disappear for everyone. */
	leave(connection: Connection): void {
		if (connection.awarenessIds.size === 0) return;
		const ids = [...connection.awarenessIds];
		for (const id of ids) this.ownership.release(connection, id);
		awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
	}

	destroy(): void {
		this.awareness.destroy();
	}

	/** Whether an entry changes what the room has: a later clock, or the removal of a state at the same clock. */
	private isNewer(entry: AwarenessEntry): boolean {
		const known = this.awareness.meta.get(entry.clientId);
		if (!known) return true;
		return (
			entry.clock > known.clock ||
			(entry.clock === known.clock && isNullState(entry.state) && this.awareness.states.has(entry.clientId))
		);
	}

	private updated(change: AwarenessChange, origin: unknown): void {
		const present = [...change.added, ...change.updated];
		if (origin instanceof Connection) {
			for (const id of present) this.ownership.claim(origin, id);
			for (const id of change.removed) this.ownership.release(origin, id);
		}
		for (const id of present) {
			if (origin === RELAYED && this.relayingFrom) this.relayedFrom.set(id, this.relayingFrom);
			else this.relayedFrom.delete(id);
		}
		for (const id of change.removed) this.relayedFrom.delete(id);
		// Timeouts happen on every instance by themselves; the rest are this instance's clients'.
		if (this.channel && origin !== RELAYED && origin !== 'timeout') {
			const ids = [...present, ...change.removed];
			this.channel.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
		}
		// A quiet person's renewals stay here (CrowdPresence).
		for (const id of change.updated) if (!this.crowd.isQuiet(id)) this.outbox.markRenewed(id);
		if (!this.outbox.isEmpty || this.crowd.countDueAt() !== null) this.pending();
	}

	/** How many people are on the board, for a joining client (crowded rooms only). */
	presenceCount(): Uint8Array | null {
		return this.crowd.countForJoiner(this.awareness.getStates());
	}

	/** Some connection has entries held back for it (AwarenessFlow): ticks go on until none has. */
	private get holding(): boolean {
		return this.sentTicks.size > 0;
	}

	/** A tick after the last one, when there is anything to send. */
	dueAt(): number | null {
		const next = this.lastTickAt + this.tickMs;
		if (this.holding || !this.outbox.isEmpty) return next;
		const count = this.crowd.countDueAt();
		return count === null ? null : Math.max(next, count);
	}

	/**
	 * A tick: sends the entries the outbox releases, one frame per connection, encoded once for all
	 * who get the same. A connection that has not read its last frame gets them later (AwarenessFlow).
	 */
	send(now: number): void {
		this.lastTickAt = now;
		const tick = ++this.tick;
		const ids = this.outbox.take();
		// A tick for the count alone has no entries for anyone.
		const anyOwed = ids.length > 0 || this.holding;
		this.sentTicks.set(tick, ids);
		const frames = new AwarenessFrames(this.awareness, this.sentTicks);
		let oldestHeld = tick + 1;
		for (const connection of anyOwed ? this.connections() : []) {
			const flow = connection.awarenessFlow;
			if (ids.length === 0 && flow.heldFrom === null) continue;
			const from = flow.release(tick, now, connection.backlogAtTurn > 0);
			if (from === null) {
				oldestHeld = Math.min(oldestHeld, flow.heldFrom!);
				continue;
			}
			// A client knows its own state; sending it back would only make it parse it again.
			const frame = frames.frame(from, connection.awarenessIds);
			if (!frame) continue;
			if (connection.send(frame, 'awareness')) flow.sent(now);
			else {
				// This turn's document part filled the socket: the frame waits for the next tick.
				flow.unsent(from);
				oldestHeld = Math.min(oldestHeld, from);
			}
		}
		for (const sent of this.sentTicks.keys()) {
			if (sent >= oldestHeld) break;
			this.sentTicks.delete(sent);
		}
		const count = this.crowd.takeCount(now, this.awareness.getStates());
		if (count) for (const connection of this.connections()) connection.send(count, 'document');
	}
}
