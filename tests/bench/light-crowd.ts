/**
 * Worker thread for the sync benchmark's light crowd: raw y-websocket protocol clients that stand
 * for the browsers of people watching a board. Each does what a stock client does on the wire —
 * sync step 1, step 2 in answer to the server's, its awareness state (renewed every 15 s), and the
 * echo of every awareness entry that is new to it (the stock client's 'update' handler sends those
 * back, and the server's cursor flow control reads that echo as "read") — without a Y.Doc: updates
 * are received, not applied. Its cost stays on the client side, as a browser's would. With
 * `reconnect`, a closed socket is opened again with y-websocket's back-off (the reconnect storm).
 */
import { parentPort, workerData } from 'node:worker_threads';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';

export interface CrowdSetup {
	wsUrl: string;
	boardId: string;
	cookie: string;
	clients: number;
	/** Awareness client ids start here, clear of the stock clients' random ones. */
	firstId: number;
	reconnect?: boolean;
	/** The state vector each client says it has (default: an empty doc, a first visit without a copy). */
	stateVector?: Uint8Array;
}

export interface CrowdResult {
	/** Sockets the server closed. */
	closed: number;
	/** Per client, ms after the 'storm' message (epoch-based clock) it was synced again; Infinity: not. */
	resyncedAt: number[];
}

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const RENEW_MS = 15_000;
/** Y.encodeStateVector of an empty doc, and an empty update. */
const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const EMPTY_UPDATE = new Uint8Array([0, 0]);

const setup = workerData as CrowdSetup;
const origin = new URL(setup.wsUrl).origin.replace(/^ws/, 'http');
const result: CrowdResult = { closed: 0, resyncedAt: Array.from({ length: setup.clients }, () => Infinity) };
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

const NULL_STATE = new TextEncoder().encode('null');
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

function connect(index: number): { synced: () => boolean; close: () => void } {
	const id = setup.firstId + index;
	const state = new TextEncoder().encode(
		JSON.stringify({ user: { name: `Kijker ${index}`, color: '#868e96' } })
	);
	let clock = 0;
	let synced = false;
	let closing = false;
	let failures = 0;
	let current: WebSocket;
	const open = () => {
		current = openSocket(id, state, () => clock++, {
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
	return {
		synced: () => synced,
		close: () => {
			closing = true;
			current.close();
		}
	};
}

function openSocket(
	id: number,
	state: Uint8Array,
	nextClock: () => number,
	on: { synced: () => void; closed: () => void }
): WebSocket {
	const known = new Map<number, number>();
	const socket = new WebSocket(`${setup.wsUrl}/${setup.boardId}`, {
		headers: { origin, cookie: setup.cookie }
	});
	socket.binaryType = 'nodebuffer';
	const announce = () => socket.send(awarenessFrame([{ id, clock: nextClock(), state }]));
	const renew = setInterval(() => {
		if (socket.readyState === WebSocket.OPEN) announce();
	}, RENEW_MS);
	socket.on('open', () => {
		socket.send(
			frame((encoder) => {
				encoding.writeVarUint(encoder, MESSAGE_SYNC);
				encoding.writeVarUint(encoder, SYNC_STEP_1);
				encoding.writeVarUint8Array(encoder, setup.stateVector ?? EMPTY_STATE_VECTOR);
			})
		);
		announce();
	});
	socket.on('message', (data: Buffer) => {
		const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.length));
		const type = decoding.readVarUint(decoder);
		if (type === MESSAGE_SYNC) {
			const step = decoding.readVarUint(decoder);
			if (step === SYNC_STEP_1) {
				socket.send(
					frame((encoder) => {
						encoding.writeVarUint(encoder, MESSAGE_SYNC);
						encoding.writeVarUint(encoder, SYNC_STEP_2);
						encoding.writeVarUint8Array(encoder, EMPTY_UPDATE);
					})
				);
			} else if (step === SYNC_STEP_2) on.synced();
			return;
		}
		if (type !== MESSAGE_AWARENESS) return;
		// Ids and clocks are read; the states are passed back as the bytes they came in (a browser
		// would decode them, but that is the browser's own CPU, not the server's).
		const payload = decoding.readVarUint8Array(decoder);
		const update = decoding.createDecoder(payload);
		const count = decoding.readVarUint(update);
		const fresh: Entry[] = [];
		for (let i = 0; i < count; i++) {
			const entry = {
				id: decoding.readVarUint(update),
				clock: decoding.readVarUint(update),
				state: decoding.readVarUint8Array(update)
			};
			if (entry.id === id) continue;
			const seen = known.get(entry.id);
			if (seen !== undefined && seen >= entry.clock && !isNull(entry.state)) continue;
			known.set(entry.id, entry.clock);
			fresh.push(entry);
		}
		if (fresh.length === 0 || socket.readyState !== WebSocket.OPEN) return;
		socket.send(fresh.length === count ? data : awarenessFrame(fresh));
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
	if (message !== 'report') return;
	parentPort!.postMessage({ type: 'result', result: { ...result } });
	for (const client of crowd) client.close();
});
