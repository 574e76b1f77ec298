import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { BoardAccess } from '../../src/lib/server/access/board-access.ts';
import { readCookie, SESSION_COOKIE } from '../../src/lib/server/auth/cookie.ts';
import { boardEvents } from '../../src/lib/server/boards/board-events.ts';
import type { BoardHistory } from '../../src/lib/server/boards/board-history.ts';
import type { ContributionStore } from '../../src/lib/server/boards/contributions.ts';
import { registerLiveBoards } from '../../src/lib/server/boards/live-boards.ts';
import { isBoardId } from '../../src/lib/server/boards/board-id.ts';
import type { BoardRepository } from '../../src/lib/server/boards/board-repository.ts';
import type { DocumentLog } from '../../src/lib/server/boards/document-log.ts';
import { CloseCode, PRIVATE_NOTES_CHANNEL, SYNC_PATH } from '../../src/lib/sync/endpoint.ts';
import type { Connection } from './connection.ts';
import { defaultLimits, type SyncLimits } from './limits.ts';
import type { Room } from './room.ts';
import type { BallotStore } from './room-facilitation.ts';
import { privateNotesKey, type PrivateNotesStore } from '../../src/lib/server/boards/private-notes.ts';
import { RoomRegistry } from './room-registry.ts';
import type { AccessEvent, Relay } from './relay.ts';

const SYNC_PATH_PREFIX = `${SYNC_PATH}/`;
const HEARTBEAT_MS = 30_000;
/** Expired sessions and share links are noticed on open sockets at least this often. */
const RECHECK_MS = 60_000;

export interface SyncServerOptions {
	boards: BoardRepository;
	log: DocumentLog;
	/** Dot-vote ballots. */
	ballots: BallotStore;
	/** Participants' private notes in a private brainstorm. */
	privateNotes: PrivateNotesStore;
	/** Snapshots (automatic ones are taken here). */
	history: Pick<BoardHistory, 'save'>;
	/** Who did what (counted here). */
	contributions: Pick<ContributionStore, 'add'>;
	/** What a session token may do on a board. */
	access: (
		token: string | undefined,
		boardId: string
	) => Promise<BoardAccess | 'unauthenticated' | 'forbidden'>;
	/** The public origin (`ORIGIN`); without it a browser's Origin must name the Host it connects to. */
	origin?: string;
	limits?: Partial<SyncLimits>;
	/** Other instances serving the same boards (REDIS_URL); without it this process is alone. */
	relay?: Relay;
}

export interface SyncStats {
	rooms: number;
	connections: number;
	pendingUpdates: number;
	storageFailing: boolean;
	droppedUpdates: number;
}

/**
 * The y-websocket endpoint: accepts upgrades at `/sync/<boardId>` and hands each socket to the
 * board's room. Attach `handleUpgrade` to any Node HTTP server (production or Vite's dev server).
 */
export class SyncServer {
	readonly limits: SyncLimits;
	private readonly boards: BoardRepository;
	private readonly access: SyncServerOptions['access'];
	private readonly origin: string | undefined;
	private readonly registry: RoomRegistry;
	private readonly wss: WebSocketServer;
	private readonly alive = new WeakSet<WebSocket>();
	private readonly heartbeat: NodeJS.Timeout;
	private readonly recheckTimer: NodeJS.Timeout;
	private readonly relay: Relay | undefined;
	// Access events from this process's pages take effect here and on every other instance.
	private readonly onBoardDeleted = (boardId: string) => this.shared({ kind: 'deleted', boardId });
	private readonly onAccessChanged = (boardId: string) => this.shared({ kind: 'access-changed', boardId });
	private readonly onPrincipalChanged = (principalId: string) =>
		this.shared({ kind: 'principal-changed', principalId });
	private closing = false;

	constructor(options: SyncServerOptions) {
		this.limits = { ...defaultLimits, ...options.limits };
		this.boards = options.boards;
		this.access = options.access;
		this.origin = options.origin;
		this.relay = options.relay;
		this.registry = new RoomRegistry(
			{
				documents: options.log,
				privateNotes: options.privateNotes,
				ballots: options.ballots,
				history: options.history,
				contributions: options.contributions,
				boards: options.boards,
				relay: options.relay
			},
			this.limits
		);
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
		this.recheckTimer = setInterval(() => void this.recheck(() => true), RECHECK_MS);
		this.recheckTimer.unref();
		boardEvents().on('deleted', this.onBoardDeleted);
		boardEvents().on('access-changed', this.onAccessChanged);
		boardEvents().on('principal-changed', this.onPrincipalChanged);
		this.relay?.onEvent((event) => this.applyAccessEvent(event));
		this.relay?.onInstanceGone((instance) => {
			this.dropInstance(instance).catch((error: unknown) =>
				console.error(`[sync] removing the cursors of instance ${instance} failed:`, error)
			);
		});
		registerLiveBoards({
			// Restored snapshots go into the live document as a change by the server, saved before it answers.
			write: async (boardId, change) => {
				const room = await this.registry.open(boardId);
				room.doc.transact(() => change(room.doc), null);
				await room.flushed();
			},
			saveContributions: async (boardId) => {
				for (const room of await this.registry.loaded())
					if (room.key === boardId) await room.saveContributions();
			}
		});
	}

	/** Handles the upgrade when the path is ours; returns false for any other path. */
	handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): boolean {
		const target = syncPathTarget(request.url);
		if (target === null) return false;
		// Until the upgrade completes, a reset from the client must not become an unhandled error.
		socket.on('error', () => {});
		this.upgrade(target, request, socket, head).catch((error: unknown) => {
			console.error(`[sync] upgrade to ${JSON.stringify(request.url)} failed:`, error);
			rejectUpgrade(socket, 500, 'Internal error');
		});
		return true;
	}

	/**
	 * Checks, in this order and before anything of the board is sent: the path, the Origin (a
	 * page on another site must not use a visitor's cookie), the session and the role.
	 */
	private async upgrade(target: SyncTarget | '', request: IncomingMessage, socket: Duplex, head: Buffer) {
		if (this.closing) return rejectUpgrade(socket, 503, 'Server is restarting');
		if (!target) return rejectUpgrade(socket, 404, 'Board not found');
		const { boardId } = target;
		if (!this.originAllowed(request)) return rejectUpgrade(socket, 403, 'Origin not allowed');
		const token = readCookie(request.headers.cookie, SESSION_COOKIE);
		let room;
		let access;
		try {
			access = await this.access(token, boardId);
			if (access === 'unauthenticated') return rejectUpgrade(socket, 401, 'Not signed in');
			// Not allowed and not there look the same: nobody learns which boards exist.
			if (access === 'forbidden' || !(await this.boards.get(boardId))) {
				return rejectUpgrade(socket, 404, 'Board not found');
			}
			// Private notes are one's own: the key comes from the session, never from the URL.
			if (target.privateNotes && access.role === 'viewer')
				return rejectUpgrade(socket, 403, 'Viewers add no notes');
			room = await this.registry.open(
				target.privateNotes ? privateNotesKey(boardId, access.principal.id) : boardId
			);
		} catch (error) {
			console.error(`[sync] opening board ${boardId} failed:`, error);
			return rejectUpgrade(socket, 503, 'Board storage unavailable');
		}
		if (socket.destroyed || this.closing) return socket.destroy();
		const connectionAccess = { token: token!, principal: access.principal, role: access.role };
		this.wss.handleUpgrade(request, socket, head, (ws) => {
			this.alive.add(ws);
			ws.on('pong', () => this.alive.add(ws));
			try {
				// The upgraded TCP socket is what `ws` writes its frames to: a room batches its writes there.
				room.join(ws, connectionAccess, socket);
			} catch (error) {
				console.error(`[sync] joining board ${boardId} failed:`, error);
				ws.close(CloseCode.InternalError, 'internal error');
			}
		});
	}

	/** An instance died: the cursors of its clients leave every room here. */
	private async dropInstance(instance: string): Promise<void> {
		for (const room of await this.registry.loaded()) room.awareness.dropInstance(instance);
	}

	private shared(event: AccessEvent): void {
		this.relay?.publishEvent(event);
		this.applyAccessEvent(event);
	}

	private applyAccessEvent(event: AccessEvent): void {
		if (event.kind === 'deleted')
			void this.registry.closeBoard(event.boardId, CloseCode.BoardNotFound, 'board deleted');
		else if (event.kind === 'access-changed') void this.recheck((room) => room.boardId === event.boardId);
		else
			void this.recheck(
				() => true,
				(connection) => connection.access.principal.id === event.principalId
			);
	}

	private originAllowed(request: IncomingMessage): boolean {
		const origin = request.headers.origin;
		if (!origin) return false;
		if (this.origin) return origin === this.origin;
		try {
			return new URL(origin).host === request.headers.host;
		} catch {
			return false;
		}
	}

	/**
	 * Checks the access of open connections again: a revoked link, a removed member, a lowered
	 * role or an ended session takes effect on sockets that are already open.
	 */
	private async recheck(
		rooms: (room: Room) => boolean,
		connections: (c: Connection) => boolean = () => true
	) {
		for (const room of (await this.registry.loaded()).filter(rooms)) {
			for (const connection of room.openConnections().filter(connections)) {
				let access;
				try {
					access = await this.access(connection.access.token, room.boardId);
				} catch {
					continue; // storage is failing: keep what was granted until it answers again
				}
				if (typeof access === 'string') connection.close(CloseCode.AccessRevoked, 'access revoked');
				else if (access.role !== connection.access.role) {
					// Updates are checked against the new role at once; the client reconnects to learn it.
					connection.access.role = access.role;
					connection.close(CloseCode.RoleChanged, 'role changed');
				}
			}
		}
	}

	async stats(): Promise<SyncStats> {
		const rooms = await this.registry.stats();
		return {
			rooms: rooms.length,
			connections: rooms.reduce((sum, room) => sum + room.connections, 0),
			pendingUpdates: rooms.reduce((sum, room) => sum + room.pendingUpdates, 0),
			storageFailing: rooms.some((room) => room.storageFailing),
			droppedUpdates: rooms.reduce((sum, room) => sum + room.droppedUpdates, 0)
		};
	}

	/** Stops accepting sockets, tells clients the server restarts, and writes every room to storage. */
	async close(): Promise<void> {
		this.closing = true;
		clearInterval(this.heartbeat);
		clearInterval(this.recheckTimer);
		boardEvents().off('deleted', this.onBoardDeleted);
		boardEvents().off('access-changed', this.onAccessChanged);
		boardEvents().off('principal-changed', this.onPrincipalChanged);
		this.relay?.onEvent(null);
		this.relay?.onInstanceGone(null);
		registerLiveBoards(null);
		await this.registry.unloadAll(CloseCode.Restarting, 'server restarting');
		this.wss.close();
	}
}

/** What a sync URL asks for: a board (`/sync/<boardId>`) or one's private notes on it (`…/private`). */
interface SyncTarget {
	boardId: string;
	privateNotes: boolean;
}

/**
 * The target of a sync URL, `''` for a sync URL that names no valid board (refused with 404), or
 * null for a path that is not ours. Never throws: the URL is the client's.
 */
function syncPathTarget(url: string | undefined): SyncTarget | '' | null {
	let path: string;
	try {
		path = new URL(url ?? '/', 'http://localhost').pathname;
	} catch {
		return null;
	}
	if (!path.startsWith(SYNC_PATH_PREFIX)) return null;
	const [id, channel, ...rest] = path.slice(SYNC_PATH_PREFIX.length).split('/');
	// Board ids are URL-safe as they are: anything percent-encoded or longer is no board.
	if (!id || !isBoardId(id) || rest.length > 0) return '';
	if (channel === undefined) return { boardId: id, privateNotes: false };
	return channel === PRIVATE_NOTES_CHANNEL ? { boardId: id, privateNotes: true } : '';
}

function rejectUpgrade(socket: Duplex, status: number, message: string): void {
	if (socket.destroyed) return;
	const body = `${message}\n`;
	socket.end(
		`HTTP/1.1 ${status} ${message}\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n` +
			`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
	);
}
