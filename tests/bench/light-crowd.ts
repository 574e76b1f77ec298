/**
 * Worker thread for the sync benchmark's light crowd: raw y-websocket protocol clients that stand
 * for the browsers of people watching a board. Each does what the board page's client does on the
 * wire — sync step 1, step 2 in answer to the server's, its awareness state (renewed every 15 s) —
 * without a Y.Doc: updates are received, not applied. Its cost stays on the client side, as a
 * browser's would. With `echo`, each also sends back every awareness entry that is new to it, as a
 * published y-websocket client does (the board page does not: src/lib/sync/own-awareness.ts). With
 * `reconnect`, a closed socket is opened again with y-websocket's back-off (the reconnect storm).
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

export interface CrowdSetup {
	wsUrl: string;
	boardId: string;
	cookie: string;
	clients: number;
	/** Echo every awareness entry new to it, as a published y-websocket client does. */
	echo: boolean;
	/** Awareness client ids start here, clear of the stock clients' random ones. */
	firstId: number;
	reconnect?: boolean;
	/** The state vector each client says it has (default: an empty doc, a first visit without a copy). */
	stateVector?: Uint8Array;
	/**
	 * The first this many clients also write, from the 'warmup' message on: edits into their own
	 * Y.Doc (sent as a stock client sends them, but not applying anyone else's) and cursor moves.
	 */
	writers?: { count: number; editsPerSecond: number; cursorsPerSecond: number };
}

export interface CrowdResult {
	/** Sockets the server closed. */
	closed: number;
	/** Per client, ms after the 'storm' message (epoch-based clock) it was synced again; Infinity: not. */
	resyncedAt: number[];
	/** Edits and cursor moves the writers made while measuring. */
	editsSent: number;
	cursorsSent: number;
}

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
const RENEW_MS = 15_000;
/** Y.encodeStateVector of an empty doc, and an empty update. */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const EMPTY_UPDATE = new Uint8Array([0, 0]);

const setup = workerData as CrowdSetup;
const origin = new URL(setup.wsUrl).origin.replace(/^ws/, 'http');
const result: CrowdResult = {
	closed: 0,
	resyncedAt: Array.from({ length: setup.clients }, () => Infinity),
	editsSent: 0,
	cursorsSent: 0
};
let measuring = false;
const writerTimers: NodeJS.Timeout[] = [];
let stormAt: number | null = null;
const now = () => performance.timeOrigin + performance.now();
/** y-websocket's reconnect delay: doubling from 100 ms up to 2.5 s. */
const backoff = (failures: number) => Math.min(2 ** failures * 100, 2_500);

const frame = (write: (encoder: encoding.Encoder) => void) => {
	const encoder = encoding.createEncoder();
	write(encoder);
	return encoding.toUint8Array(encoder);
};

interface Entry {
	id: number;
	clock: number;
	/** The state as JSON, UTF-8 encoded. */
	state: Uint8Array;
}

const utf8 = new TextEncoder();
const NULL_STATE = utf8.encode('null');

const syncMessage = (step: number, payload: Uint8Array) =>
	frame((encoder) => {
		encoding.writeVarUint(encoder, MESSAGE_SYNC);
		encoding.writeVarUint(encoder, step);
		encoding.writeVarUint8Array(encoder, payload);
	});
const isNull = (state: Uint8Array) => state.length === 4 && state.every((byte, i) => byte === NULL_STATE[i]);

const awarenessFrame = (entries: Entry[]) =>
	frame((encoder) => {
		encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
		const update = frame((inner) => {
			encoding.writeVarUint(inner, entries.length);
			for (const { id, clock, state } of entries) {
				encoding.writeVarUint(inner, id);
				encoding.writeVarUint(inner, clock);
				encoding.writeVarUint8Array(inner, state);
			}
		});
		encoding.writeVarUint8Array(encoder, update);
	});

function entriesOf(payload: Uint8Array): Entry[] {
	const update = decoding.createDecoder(payload);
	return Array.from({ length: decoding.readVarUint(update) }, () => ({
		id: decoding.readVarUint(update),
		clock: decoding.readVarUint(update),
		state: decoding.readVarUint8Array(update)
	}));
}

function connect(index: number): { synced: () => boolean; close: () => void; write: () => void } {
	const id = setup.firstId + index;
	const user = { name: `Kijker ${index}`, color: '#868e96' };
	let state = utf8.encode(JSON.stringify({ user }));
	// As a stock client: its first state already has clock 1 (y-protocols ignores a new entry at clock 0).
	let clock = 1;
	let synced = false;
	let closing = false;
	let failures = 0;
	let current: WebSocket;
	const open = () => {
		current = openSocket(id, () => ({ id, clock: clock++, state }), {
			synced: () => {
				synced = true;
				failures = 0;
				if (stormAt !== null && result.resyncedAt[index] === Infinity)
					result.resyncedAt[index] = now() - stormAt;
			},
			closed: () => {
				synced = false;
				result.closed++;
				if (setup.reconnect && !closing) setTimeout(open, backoff(failures++));
			}
		});
	};
	open();
	const send = (message: Uint8Array) => {
		if (current.readyState === WebSocket.OPEN) current.send(message);
	};
	return {
		synced: () => synced,
		close: () => {
			closing = true;
			current.close();
		},
		/** Edits and cursor moves at the writers' rates, each with the time it was made (`t`). */
		write: () => {
			const doc = new Y.Doc();
			doc.on('update', (update: Uint8Array) => send(syncMessage(SYNC_UPDATE, update)));
			const edits = doc.getMap<{ t: number; m: boolean }>('bench');
			let seq = 0;
			const { editsPerSecond, cursorsPerSecond } = setup.writers!;
			const every = (perSecond: number, act: () => void) => {
				if (perSecond <= 0) return;
				const start = setTimeout(
					() => writerTimers.push(setInterval(act, 1000 / perSecond)),
					Math.random() * 100
				);
				writerTimers.push(start);
			};
			every(editsPerSecond, () => {
				edits.set(`${id}:${seq++}`, { t: now(), m: measuring });
				if (measuring) result.editsSent++;
			});
			every(cursorsPerSecond, () => {
				const cursor = { x: Math.random() * 1000, y: Math.random() * 1000, t: now(), m: measuring };
				state = utf8.encode(JSON.stringify({ user, cursor }));
				send(awarenessFrame([{ id, clock: clock++, state }]));
				if (measuring) result.cursorsSent++;
			});
		}
	};
}

function openSocket(
	id: number,
	/** Its awareness entry with the next clock (for announcing and renewing). */
	nextEntry: () => Entry,
	on: { synced: () => void; closed: () => void }
): WebSocket {
	const known = new Map<number, number>();
	const socket = new WebSocket(`${setup.wsUrl}/${setup.boardId}`, {
		headers: { origin, cookie: setup.cookie }
	});
	socket.binaryType = 'nodebuffer';
	const announce = () => socket.send(awarenessFrame([nextEntry()]));
	const renew = setInterval(() => {
		if (socket.readyState === WebSocket.OPEN) announce();
	}, RENEW_MS);
	socket.on('open', () => {
		socket.send(syncMessage(SYNC_STEP_1, setup.stateVector ?? EMPTY_STATE_VECTOR));
		announce();
	});
	socket.on('message', (data: Buffer) => {
		const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.length));
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_SYNC) {
			const step = decoding.readVarUint(decoder);
			if (step === SYNC_STEP_1) socket.send(syncMessage(SYNC_STEP_2, EMPTY_UPDATE));
			else if (step === SYNC_STEP_2) on.synced();
			return;
		}
		if (type !== MESSAGE_AWARENESS || !setup.echo) return;
		// Ids and clocks are read; the states are passed back as the bytes they came in (a browser
		// would decode them, but that is the browser's own CPU, not the server's). States are skipped,
		// not copied: this loop runs for every entry of every frame of thousands of sockets.
		const payload = decoding.readVarUint8Array(decoder);
		const update = decoding.createDecoder(payload);
		const count = decoding.readVarUint(update);
		/** Indexes of entries it already had (rare: a rejoin's full list), null while there are none. */
		let stale: Set<number> | null = null;
		for (let i = 0; i < count; i++) {
			const entryId = decoding.readVarUint(update);
			const clock = decoding.readVarUint(update);
			const length = decoding.readVarUint(update);
			const state = payload.subarray(update.pos, (update.pos += length));
			const seen = known.get(entryId);
			if (entryId === id || (seen !== undefined && seen >= clock && !isNull(state))) {
				(stale ??= new Set()).add(i);
				continue;
			}
			known.set(entryId, clock);
		}
		if (stale?.size === count || socket.readyState !== WebSocket.OPEN) return;
		socket.send(stale ? awarenessFrame(entriesOf(payload).filter((_, i) => !stale.has(i))) : data);
	});
	socket.on('close', () => {
		clearInterval(renew);
		on.closed();
	});
	socket.on('error', () => {});
	return socket;
}

// In batches, as people join a workshop, not all in one millisecond.
const crowd: ReturnType<typeof connect>[] = [];
for (let i = 0; i < setup.clients; i += 50) {
	for (let j = i; j < Math.min(setup.clients, i + 50); j++) crowd.push(connect(j));
	await new Promise((resolve) => setTimeout(resolve, 20));
}

const waitSynced = setInterval(() => {
	if (!crowd.every((client) => client.synced())) return;
	clearInterval(waitSynced);
	parentPort!.postMessage({ type: 'synced' });
}, 50);

parentPort!.on('message', (message: string) => {
	if (message === 'storm') stormAt = now();
	if (message === 'warmup') crowd.slice(0, setup.writers?.count ?? 0).forEach((client) => client.write());
	if (message === 'measure') measuring = true;
	if (message === 'stop-writing') {
		measuring = false;
		for (const timer of writerTimers) clearInterval(timer);
	}
	if (message !== 'report') return;
	parentPort!.postMessage({ type: 'result', result: { ...result } });
	for (const client of crowd) client.close();
});
