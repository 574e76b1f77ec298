import type { WebSocket } from 'ws';
import { CloseCode, type CloseCodeValue } from './close-codes.ts';
import type { SyncLimits } from './limits.ts';

/** What is sent decides what may be dropped: cursor traffic can be, document traffic never. */
export type Traffic = 'document' | 'awareness';

/** One client socket in one room. */
export class Connection {
	readonly socket: WebSocket;
	/** Awareness client ids this socket has announced, removed when it leaves. */
	readonly awarenessIds = new Set<number>();
	droppedAwareness = 0;
	private readonly limits: SyncLimits;

	constructor(socket: WebSocket, limits: SyncLimits) {
		this.socket = socket;
		this.limits = limits;
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
