import type { WebSocket } from 'ws';
import type { BoardRole } from '../../src/lib/server/access/roles.ts';
import type { Principal } from '../../src/lib/server/auth/principal.ts';
import { AwarenessFlow } from './awareness-flow.ts';
import { CloseCode, type CloseCodeValue } from './close-codes.ts';
import type { SyncLimits } from './limits.ts';

/** What is sent decides what may be dropped: cursor traffic can be, document traffic never. */
export type Traffic = 'document' | 'awareness';

/** Who is on a socket, as checked at the upgrade and again whenever access changes. */
export interface ConnectionAccess {
	/** The session token, kept to check the session again later. */
	token: string;
	principal: Principal;
	role: BoardRole;
}

/** One client socket in one room. */
export class Connection {
	readonly socket: WebSocket;
	readonly access: ConnectionAccess;
	/** Awareness client ids this socket has announced, removed when it leaves. */
	readonly awarenessIds = new Set<number>();
	readonly awarenessFlow = new AwarenessFlow();
	droppedAwareness = 0;
	/** Document updates refused because the role does not allow editing. */
	droppedUpdates = 0;
	private readonly limits: SyncLimits;

	constructor(socket: WebSocket, limits: SyncLimits, access: ConnectionAccess) {
		this.socket = socket;
		this.limits = limits;
		this.access = access;
	}

	get principalId(): string {
		return this.access.principal.id;
	}

	get mayEdit(): boolean {
		return this.access.role !== 'viewer';
	}

	get isOpen(): boolean {
		return this.socket.readyState === this.socket.OPEN;
	}

	/** Sends a pre-encoded message, respecting back-pressure: a slow reader loses cursors, then its connection. */
	send(message: Uint8Array, traffic: Traffic): void {
		if (!this.isOpen) return;
		const buffered = this.socket.bufferedAmount;
		if (buffered > this.limits.hardBufferBytes) {
			this.close(CloseCode.SlowConsumer, 'client reads too slowly');
			return;
		}
		if (traffic === 'awareness' && buffered > this.limits.softBufferBytes) {
			this.droppedAwareness++;
			return;
		}
		this.socket.send(message);
	}

	close(code: CloseCodeValue, reason: string): void {
		if (this.socket.readyState === this.socket.CLOSED || this.socket.readyState === this.socket.CLOSING)
			return;
		this.socket.close(code, reason);
		// A peer that never answers the close handshake is cut off.
		setTimeout(() => this.socket.terminate(), 5_000).unref();
	}
}
