import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { boardEvents } from '../../src/lib/server/boards/board-events.ts';
import { isBoardId } from '../../src/lib/server/boards/board-id.ts';
import type { BoardRepository } from '../../src/lib/server/boards/board-repository.ts';
import type { DocumentLog } from '../../src/lib/server/boards/document-log.ts';
import { CloseCode } from './close-codes.ts';
import { defaultLimits, type SyncLimits } from './limits.ts';
import { RoomRegistry } from './room-registry.ts';

export const SYNC_PATH_PREFIX = '/sync/';
const HEARTBEAT_MS = 30_000;

export interface SyncServerOptions {
	boards: BoardRepository;
	log: DocumentLog;
	limits?: Partial<SyncLimits>;
}

export interface SyncStats {
	rooms: number;
	connections: number;
	pendingUpdates: number;
	storageFailing: boolean;
}

/**
 * The y-websocket endpoint: accepts upgrades at `/sync/<boardId>` and hands each socket to the
 * board's room. Attach `handleUpgrade` to any Node HTTP server (production or Vite's dev server).
 */
export class SyncServer {
	readonly limits: SyncLimits;
	private readonly boards: BoardRepository;
	private readonly registry: RoomRegistry;
	private readonly wss: WebSocketServer;
	private readonly alive = new WeakSet<WebSocket>();
	private readonly heartbeat: NodeJS.Timeout;
	private readonly onBoardDeleted = (boardId: string) =>
		void this.registry.closeBoard(boardId, CloseCode.BoardNotFound, 'board deleted');
	private closing = false;

	constructor(options: SyncServerOptions) {
		this.limits = { ...defaultLimits, ...options.limits };
		this.boards = options.boards;
		this.registry = new RoomRegistry(options.log, this.limits);
		this.wss = new WebSocketServer({
			noServer: true,
			maxPayload: this.limits.maxMessageBytes,
			perMessageDeflate: false
		});
		// Laptops that vanish without a close frame are found by missed pongs.
		this.heartbeat = setInterval(() => {
			for (const socket of this.wss.clients) {
				if (!this.alive.has(socket)) {
					socket.terminate();
					continue;
				}
				this.alive.delete(socket);
				socket.ping();
			}
		}, HEARTBEAT_MS);
		this.heartbeat.unref();
		boardEvents().on('deleted', this.onBoardDeleted);
	}

	/** Handles the upgrade when the path is ours; returns false for any other path. */
	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		if (!path.startsWith(SYNC_PATH_PREFIX)) return false;
		// Until the upgrade completes, a reset from the client must not become an unhandled error.
		socket.on('error', () => {});
		void this.upgrade(decodeURIComponent(path.slice(SYNC_PATH_PREFIX.length)), request, socket, head);
		return true;
	}

	private async upgrade(boardId: string, request: IncomingMessage, socket: Duplex, head: Buffer) {
		if (this.closing) return rejectUpgrade(socket, 503, 'Server is restarting');
		if (!isBoardId(boardId)) return rejectUpgrade(socket, 404, 'Board not found');
		let room;
		try {
			if (!(await this.boards.get(boardId))) return rejectUpgrade(socket, 404, 'Board not found');
			room = await this.registry.open(boardId);
		} catch (error) {
			console.error(`[sync] opening board ${boardId} failed:`, error);
			return rejectUpgrade(socket, 503, 'Board storage unavailable');
		}
		if (socket.destroyed || this.closing) return socket.destroy();
		this.wss.handleUpgrade(request, socket, head, (ws) => {
			this.alive.add(ws);
			ws.on('pong', () => this.alive.add(ws));
			room.join(ws);
		});
	}

	async stats(): Promise<SyncStats> {
		const rooms = await this.registry.stats();
		return {
			rooms: rooms.length,
			connections: rooms.reduce((sum, room) => sum + room.connections, 0),
			pendingUpdates: rooms.reduce((sum, room) => sum + room.pendingUpdates, 0),
			storageFailing: rooms.some((room) => room.storageFailing)
		};
	}

	/** Stops accepting sockets, tells clients the server restarts, and writes every room to storage. */
	async close(): Promise<void> {
		this.closing = true;
		clearInterval(this.heartbeat);
		boardEvents().off('deleted', this.onBoardDeleted);
		await this.registry.unloadAll(CloseCode.Restarting, 'server restarting');
		this.wss.close();
	}
}

function rejectUpgrade(socket: Duplex, status: number, message: string): void {
	if (socket.destroyed) return;
	const body = `${message}\n`;
	socket.end(
		`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
			`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
	);
}
