/**
 * Worker thread for the reconnect storm: a share of the stock y-websocket clients, each with its
 * own copy of the board, counting the bytes it sends and receives once the storm begins.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { sendOwnAwarenessOnly } from '../../src/lib/sync/own-awareness.ts';
import { ignorePresenceCount } from '../support/stock-client.ts';
import { browserLikeWebSocket } from '../support/ws-client.ts';

export interface StormSetup {
	wsUrl: string;
	boardId: string;
	cookie: string;
	clients: number;
	/** The board as every client has it before the storm (they joined a board in use). */
	state: Uint8Array;
	/** Echo every awareness change back, as a published y-websocket client does (the board page does not). */
	echo: boolean;
}

/** Bytes per client and y-websocket message kind (the first byte: 0 sync, 1 awareness). */
export interface Traffic {
	sync: number[];
	awareness: number[];
}

export interface StormResult {
	/** Milliseconds after the storm began (epoch-based clock) at which each client was synced again. */
	resyncedAt: number[];
	sent: Traffic;
	received: Traffic;
}

const setup = workerData as StormSetup;
process.setMaxListeners(0);
const now = () => performance.timeOrigin + performance.now();
let stormAt: number | null = null;

interface Counts {
	sync: number;
	awareness: number;
}
const sockets: { sent: Counts; received: Counts }[] = [];
const count = (counts: Counts, message: Uint8Array | ArrayBuffer) => {
	if (stormAt === null) return;
	const data = message instanceof ArrayBuffer ? new Uint8Array(message) : message;
	if (data[0] === 0) counts.sync += data.byteLength;
	else if (data[0] === 1) counts.awareness += data.byteLength;
};
const Base = browserLikeWebSocket(setup.cookie);
class CountingWebSocket extends (Base as unknown as typeof import('ws').WebSocket) {
	constructor(url: string | URL, protocols?: string | string[]) {
		super(url, protocols);
		const index = Number(new URL(url).searchParams.get('client'));
		const counts = sockets[index]!;
		this.on('message', (data: Buffer | ArrayBuffer) => count(counts.received, data));
		const send = this.send.bind(this);
		this.send = ((data: Uint8Array, ...rest: unknown[]) => {
			count(counts.sent, data);
			return (send as (...args: unknown[]) => void)(data, ...rest);
		}) as typeof this.send;
	}
}

const resyncedAt: (number | null)[] = [];
const providers = Array.from({ length: setup.clients }, (_, index) => {
	sockets.push({ sent: { sync: 0, awareness: 0 }, received: { sync: 0, awareness: 0 } });
	resyncedAt.push(null);
	const doc = new Y.Doc();
	Y.applyUpdate(doc, setup.state);
	// Browser defaults: reconnect with back-off up to 2.5 s.
	const provider = new WebsocketProvider(setup.wsUrl, setup.boardId, doc, {
		WebSocketPolyfill: CountingWebSocket as unknown as typeof WebSocket,
		disableBc: true,
		resyncInterval: -1,
		params: { client: String(index) }
	});
	ignorePresenceCount(provider);
	if (!setup.echo) sendOwnAwarenessOnly(provider);
	provider.awareness.setLocalStateField('user', { name: `Deelnemer ${index}` });
	provider.on('sync', (synced: boolean) => {
		if (synced && stormAt !== null && resyncedAt[index] === null) resyncedAt[index] = now() - stormAt;
	});
	return provider;
});

const waitSynced = setInterval(() => {
	if (!providers.every((provider) => provider.synced)) return;
	clearInterval(waitSynced);
	parentPort!.postMessage({ type: 'synced' });
}, 50);

parentPort!.on('message', (message: { type: 'storm'; at: number } | { type: 'report' }) => {
	if (message.type === 'storm') {
		stormAt = message.at;
		return;
	}
	const result: StormResult = {
		resyncedAt: resyncedAt.map((t) => t ?? Infinity),
		sent: { sync: sockets.map((s) => s.sent.sync), awareness: sockets.map((s) => s.sent.awareness) },
		received: {
			sync: sockets.map((s) => s.received.sync),
			awareness: sockets.map((s) => s.received.awareness)
		}
	};
	parentPort!.postMessage({ type: 'result', result });
	for (const provider of providers) provider.destroy();
});
