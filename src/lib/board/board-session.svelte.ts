import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import * as decoding from 'lib0/decoding';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { boardRecords } from '$lib/board/board-doc.ts';
import { BOARD_ROLES, type BoardRole } from '$lib/roles.ts';
import {
	CloseCode,
	endsAccess,
	isFinalClose,
	PRESENCE_MESSAGE,
	PRIVATE_NOTES_CHANNEL,
	SYNC_PATH
} from '$lib/sync/endpoint.ts';
import { sendOwnAwarenessOnly } from '$lib/sync/own-awareness.ts';
import { whenIdle } from '$lib/when-idle.ts';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** A person on the board (in one or more tabs), as the server stamped them. */
export interface Participant {
	/** The account or guest (the client id of their first tab for a state without one). */
	key: string;
	name: string;
	color: string;
	role: BoardRole | null;
	isSelf: boolean;
	isGuest: boolean;
}

export interface SessionUser {
	/** The account or guest id (the server stamps it into every awareness state of theirs). */
	id: string;
	/** Their role on this board (their own awareness state is not stamped by the server). */
	role: BoardRole;
	name: string;
	color: string;
	guest: boolean;
}

interface AwarenessUser {
	user?: { id?: unknown; name?: unknown; color?: unknown; guest?: unknown; role?: unknown };
}

/** Longest wait between reconnect attempts; y-websocket backs off exponentially up to it. */
const MAX_BACKOFF_MS = 10_000;
/**
 * Tabs of one browser sync through the server, which checks every change, not past it over a
 * BroadcastChannel: y-websocket would otherwise encode and post the whole board to the other tabs
 * as each one connects (50 ms for 2,000 notes) and every edit twice.
 */
const PROVIDER_OPTIONS = { maxBackoffTime: MAX_BACKOFF_MS, disableBc: true };

/** A stock provider as this page uses it, sending its own presence only (own-awareness.ts). */
function openProvider(url: string, room: string, doc: Y.Doc, options: { connect?: boolean } = {}) {
	const provider = new WebsocketProvider(url, room, doc, { ...PROVIDER_OPTIONS, ...options });
	sendOwnAwarenessOnly(provider);
	return provider;
}

/** How long the socket waits for the local copy to load before it opens anyway (10,000 notes: 2.3 s). */
const LOCAL_COPY_WAIT_MS = 10_000;

/**
 * One open board in this browser: the Y.Doc, its copy in IndexedDB (so edits survive a dead
 * laptop or a lost connection) and the live connection to the sync server.
 */
export class BoardSession {
	readonly doc = new Y.Doc();
	readonly provider: WebsocketProvider;
	private readonly local: IndexeddbPersistence;

	connection = $state<ConnectionState>('connecting');
	/** The doc holds the board, from the server or from the local copy: the canvas can open. */
	ready = $state(false);
	participants = $state<Participant[]>([]);
	/**
	 * How many people are on the board, as the server counts them. In a crowded room the server
	 * passes on only the presence of who is active, so `participants` lists fewer.
	 */
	present = $state(0);
	private readonly userId: string;
	private readonly userRole: BoardRole;
	/** The server closed the connection for good: access ended, or (with the code) another reason. */
	stopped = $state<{ accessEnded: boolean; code: number } | null>(null);
	/** The server changed this user's role while the board was open. */
	roleChanged = $state(false);

	private privateNotes: { doc: Y.Doc; provider: WebsocketProvider } | null = null;
	private destroyed = false;
	/** The socket may open (the local copy is loaded, or waited for long enough). */
	private socketAllowed = false;
	private everConnected = false;
	private online = typeof navigator === 'undefined' ? true : navigator.onLine;
	private readonly onOnline = () => this.setOnline(true);
	private readonly onOffline = () => this.setOnline(false);

	readonly boardId: string;

	constructor(boardId: string, user: SessionUser) {
		this.boardId = boardId;
		this.userId = user.id;
		this.userRole = user.role;
		this.local = new IndexeddbPersistence(`werkbord-board-${boardId}`, this.doc);
		this.provider = openProvider(this.syncUrl(), boardId, this.doc, { connect: false });
		this.awareness.setLocalStateField('user', { name: user.name, color: user.color, guest: user.guest });

		// The socket opens once the local copy is in the doc: the handshake then asks the server for
		// the difference only, and carries edits made offline. Connected first, the provider would
		// send the whole copy to the server as it loaded (1.2 MiB for 2,000 notes; a board over the
		// 2 MiB message limit had its socket closed on every reload). A browser without IndexedDB
		// connects at once; one whose copy does not load in time connects anyway.
		//
		// Until then nothing else writes to the doc, and neither the local copy (it already holds
		// what it loads) nor the provider (not connected) wants its updates: without their
		// listeners, Yjs does not encode the whole loaded board once more (60 ms for 2,000 notes).
		const updateListeners = [this.local._storeUpdate, this.provider._updateHandler];
		for (const listener of updateListeners) this.doc.off('update', listener);
		const listen = () => {
			for (const listener of updateListeners) this.doc.on('update', listener);
		};
		const connect = () => {
			clearTimeout(waiting);
			if (this.destroyed || this.socketAllowed) return;
			if (this.doc.store.clients.size === 0) this.listenAfterFirstSync(listen);
			else listen();
			this.socketAllowed = true;
			this.provider.connect();
		};
		const waiting = setTimeout(connect, LOCAL_COPY_WAIT_MS);
		void this.local._db.catch(connect);
		void this.local.whenSynced.then(() => {
			// A local copy with content is enough to start working, even offline.
			if (boardRecords(this.doc).size > 0) this.ready = true;
			connect();
		});
		this.provider.on('sync', (synced: boolean) => {
			if (synced) this.ready = true;
			this.updateConnection();
		});
		this.provider.on('status', () => this.updateConnection());
		this.provider.on('connection-close', (event: CloseEvent | null) => {
			// The role on the board changed: what this page may do must be loaded again.
			if (event?.code === CloseCode.RoleChanged) this.roleChanged = true;
			if (!event || !isFinalClose(event.code)) return;
			this.stopped = { accessEnded: endsAccess(event.code), code: event.code };
			this.provider.disconnect();
			// What they may no longer see should not stay in this browser either.
			if (this.stopped.accessEnded) void this.local.clearData();
		});
		this.provider.awareness.on('change', () => this.updateParticipants());
		this.provider.messageHandlers[PRESENCE_MESSAGE] = (_encoder, decoder) => {
			const { people } = JSON.parse(decoding.readVarString(decoder)) as { people: unknown };
			if (typeof people === 'number' && Number.isSafeInteger(people) && people >= 0) this.present = people;
		};
		window.addEventListener('online', this.onOnline);
		window.addEventListener('offline', this.onOffline);
	}

	get awareness() {
		return this.provider.awareness;
	}

	/**
	 * This participant's private notes (a private brainstorm), on their own socket: the server
	 * gives each participant only their own. Opened once, when the first brainstorm starts.
	 */
	openPrivateNotes(): Y.Doc {
		if (!this.privateNotes) {
			const doc = new Y.Doc();
			const provider = openProvider(this.syncUrl(), `${this.boardId}/${PRIVATE_NOTES_CHANNEL}`, doc);
			// Cursors go over the board's socket only.
			provider.awareness.setLocalState(null);
			this.privateNotes = { doc, provider };
		}
		return this.privateNotes.doc;
	}

	destroy(): void {
		this.destroyed = true;
		this.privateNotes?.provider.destroy();
		this.privateNotes?.doc.destroy();
		window.removeEventListener('online', this.onOnline);
		window.removeEventListener('offline', this.onOffline);
		this.provider.destroy();
		void this.local.destroy();
		this.doc.destroy();
	}

	/**
	 * Without a local copy the first sync brings the whole board. It applies with the update
	 * listeners still off (no one edits before the canvas opens, which waits for it), so Yjs does
	 * not encode it once more for them (~100 ms for 2,000 notes, on the way to a cold open); the
	 * local copy is written whole once the page is idle.
	 */
	private listenAfterFirstSync(listen: () => void): void {
		const onSync = (synced: boolean) => {
			if (!synced) return;
			this.provider.off('sync', onSync);
			listen();
			void whenIdle().then(() => {
				if (!this.destroyed && this.local.db) void storeState(this.local);
			});
		};
		this.provider.on('sync', onSync);
	}

	private syncUrl(): string {
		const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
		return `${protocol}//${location.host}${SYNC_PATH}`;
	}

	/** The browser knows about a lost network long before a socket times out: act on it at once. */
	private setOnline(online: boolean): void {
		this.online = online;
		if (online && this.socketAllowed) this.provider.connect();
		else if (!online) this.provider.disconnect();
		this.updateConnection();
	}

	private updateConnection(): void {
		if (!this.online) {
			this.connection = 'offline';
		} else if (this.provider.wsconnected && this.provider.synced) {
			this.everConnected = true;
			this.connection = 'connected';
		} else {
			this.connection = this.everConnected ? 'reconnecting' : 'connecting';
		}
	}

	private updateParticipants(): void {
		// A lookup while counting, not state: the result is assigned to `participants` below.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const people = new Map<string, Participant>();
		for (const [clientId, state] of this.awareness.getStates()) {
			const user = (state as AwarenessUser).user;
			if (typeof user?.name !== 'string' || !user.name) continue;
			const key = typeof user.id === 'string' ? user.id : `client:${clientId}`;
			const isSelf = clientId === this.awareness.clientID || key === this.userId;
			const known = people.get(key);
			if (known) {
				known.isSelf ||= isSelf;
				continue;
			}
			people.set(key, {
				key,
				name: user.name,
				// Another client's input ends up in a style: only plain hex colours are accepted.
				color: typeof user.color === 'string' && /^#[0-9a-f]{6}$/i.test(user.color) ? user.color : '#868e96',
				role: BOARD_ROLES.find((role) => role === user.role) ?? (isSelf ? this.userRole : null),
				isSelf,
				isGuest: user.guest === true
			});
		}
		this.participants = [...people.values()].sort(
			(a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name)
		);
	}
}
