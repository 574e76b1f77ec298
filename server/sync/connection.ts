import type { Writable } from 'node:stream';
import type { WebSocket } from 'ws';
import type { BoardRole } from '../../src/lib/server/access/roles.ts';
import type { Principal } from '../../src/lib/server/auth/principal.ts';
import { AwarenessFlow } from './awareness-flow.ts';
import { CloseCode, type CloseCodeValue } from '../../src/lib/sync/endpoint.ts';
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

/** What the room does with what arrives on a socket. */
export interface ConnectionHandlers {
	message(connection: Connection, data: Uint8Array): void;
	closed(connection: Connection): void;
}

/** The socket's side of a WebSocket, as `ws` has it (a stand-in in unit tests). */
export type Socket = Pick<
	WebSocket,
	'send' | 'close' | 'terminate' | 'on' | 'readyState' | 'bufferedAmount' | 'OPEN' | 'CLOSING' | 'CLOSED'
>;

/** The stream a WebSocket writes its frames to (a `net.Socket`). */
export type Transport = Pick<Writable, 'cork' | 'uncork'>;

/**
 * One client socket in one room: it listens to its socket, sends with back-pressure, and turns
 * anything that goes wrong into a close of this socket only.
 */
export class Connection {
	readonly socket: Socket;
	readonly access: ConnectionAccess;
	/** Awareness client ids this socket has announced, removed when it leaves. */
	readonly awarenessIds = new Set<number>();
	readonly awarenessFlow = new AwarenessFlow();
	/** Document updates refused because the role does not allow editing. */
	droppedUpdates = 0;
	private readonly limits: SyncLimits;
	private readonly transport: Transport | null;

	constructor(
		socket: Socket,
		limits: SyncLimits,
		access: ConnectionAccess,
		handlers: ConnectionHandlers,
		/** The TCP stream under the socket, when its writes can be batched. */
		transport: Transport | null = null
	) {
		this.socket = socket;
		this.limits = limits;
		this.access = access;
		this.transport = transport;
		socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
			if (!isBinary) {
				this.close(CloseCode.MalformedMessage, 'text frames are not part of the protocol');
				return;
			}
			try {
				handlers.message(this, toBytes(data));
			} catch (error) {
				this.fail(error);
			}
		});
		socket.on('close', () => handlers.closed(this));
		// Protocol errors (e.g. an oversized frame) are followed by 'close'; without a listener they would crash.
		socket.on('error', () => {});
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

	/**
	 * Sends a pre-encoded message, respecting back-pressure: past the soft limit cursor frames are
	 * not written (the caller keeps them for later), past the hard limit the connection closes.
	 * Returns whether the message was written.
	 */
	send(message: Uint8Array, traffic: Traffic): boolean {
		if (!this.isOpen) return false;
		const buffered = this.socket.bufferedAmount;
		if (buffered > this.limits.hardBufferBytes) {
			this.close(CloseCode.SlowConsumer, 'client reads too slowly');
			return false;
		}
		if (traffic === 'awareness' && buffered > this.limits.softBufferBytes) return false;
		this.socket.send(message);
		return true;
	}

	/**
	 * Bytes the socket had not yet passed to the network when the current turn began: the client
	 * has not read everything it was sent (measured before the turn's own writes queue up).
	 */
	backlogAtTurn = 0;

	/** Writes from here on wait until `release`, then go out together (one system call, not one each). */
	hold(): void {
		this.backlogAtTurn = this.isOpen ? this.socket.bufferedAmount : 0;
		this.transport?.cork();
	}

	release(): void {
		this.transport?.uncork();
	}

	/** An unexpected error while serving this socket ends the socket, never the process. */
	fail(error: unknown): void {
		console.error(`[sync] a message from ${this.principalId} failed:`, error);
		this.close(CloseCode.InternalError, 'internal error');
	}

	close(code: CloseCodeValue, reason: string): void {
		if (this.socket.readyState === this.socket.CLOSED || this.socket.readyState === this.socket.CLOSING)
			return;
		this.socket.close(code, reason);
		// A peer that never answers the close handshake is cut off.
		setTimeout(() => this.socket.terminate(), 5_000).unref();
	}
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
	if (Array.isArray(data)) return Buffer.concat(data);
	return data instanceof ArrayBuffer ? new Uint8Array(data) : data;
}
