/**
 * Worker thread for the sync benchmark: runs a share of the stock y-websocket clients, writes
 * edits and cursor moves for the writers, and records how late everything arrives.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { sendOwnAwarenessOnly } from '../../src/lib/sync/own-awareness.ts';
import { ignorePresenceCount } from '../support/stock-client.ts';
import { browserLikeWebSocket } from '../support/ws-client.ts';
import { createHistogram, record } from './histogram.ts';

export interface WorkerSetup {
	wsUrl: string;
	boardId: string;
	/** Session cookie of the account every simulated client uses. */
	cookie: string;
	clients: { index: number; writer: boolean }[];
	editsPerSecond: number;
	cursorsPerSecond: number;
	/** Echo every awareness change back, as a published y-websocket client does (the board page does not). */
	echo: boolean;
}

export interface WorkerResult {
	edits: Uint32Array;
	cursors: Uint32Array;
	editsSent: number;
	editsReceived: number;
	cursorsSent: number;
	cursorsReceived: number;
}

const setup = workerData as WorkerSetup;
const BrowserLikeWebSocket = browserLikeWebSocket(setup.cookie);
// Every y-websocket provider adds a process 'exit' listener in Node; hundreds are expected here.
process.setMaxListeners(0);
const now = () => performance.timeOrigin + performance.now();
const edits = createHistogram();
const cursors = createHistogram();
let measuring = false;
let editsSent = 0;
let editsReceived = 0;
let cursorsSent = 0;
let cursorsReceived = 0;

interface Cursor {
	x: number;
	y: number;
	t: number;
	m: boolean;
}

function connect({ index, writer }: { index: number; writer: boolean }) {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(setup.wsUrl, setup.boardId, doc, {
		WebSocketPolyfill: BrowserLikeWebSocket,
		disableBc: true,
		resyncInterval: -1
	});
	ignorePresenceCount(provider);
	if (!setup.echo) sendOwnAwarenessOnly(provider);
	// As the board page does: a participant is announced at once, not only at the first renewal.
	provider.awareness.setLocalStateField('user', { name: `Deelnemer ${index}`, color: '#1f77b4' });
	const edits$ = doc.getMap<{ t: number; m: boolean }>('bench');
	edits$.observe((event) => {
		if (event.transaction.local) return;
		const at = now();
		for (const key of event.keysChanged) {
			const value = edits$.get(key);
			if (!value?.m) continue;
			editsReceived++;
			record(edits, at - value.t);
		}
	});
	const ownId = doc.clientID;
	provider.awareness.on('change', ({ added, updated }: { added: number[]; updated: number[] }) => {
		const at = now();
		const states = provider.awareness.getStates();
		for (const id of [...added, ...updated]) {
			if (id === ownId) continue;
			const cursor = (states.get(id) as { cursor?: Cursor } | undefined)?.cursor;
			if (!cursor?.m) continue;
			cursorsReceived++;
			record(cursors, at - cursor.t);
		}
	});
	return { index, writer, doc, provider, map: edits$ };
}

// Connect in small batches, as people join a workshop, not all in one millisecond.
const providers: ReturnType<typeof connect>[] = [];
for (let i = 0; i < setup.clients.length; i += 25) {
	providers.push(...setup.clients.slice(i, i + 25).map(connect));
	await new Promise((resolve) => setTimeout(resolve, 25));
}

const synced = () => providers.every(({ provider }) => provider.synced);
const timers: NodeJS.Timeout[] = [];

function startWriters(): void {
	for (const client of providers.filter((c) => c.writer)) {
		let seq = 0;
		const jitter = () => Math.random() * 100;
		setTimeout(() => {
			timers.push(
				setInterval(() => {
					client.map.set(`${client.index}:${seq++}`, { t: now(), m: measuring });
					if (measuring) editsSent++;
				}, 1000 / setup.editsPerSecond)
			);
		}, jitter());
		if (setup.cursorsPerSecond <= 0) continue;
		setTimeout(() => {
			timers.push(
				setInterval(() => {
					client.provider.awareness.setLocalStateField('cursor', {
						x: Math.random() * 1000,
						y: Math.random() * 1000,
						t: now(),
						m: measuring
					});
					if (measuring) cursorsSent++;
				}, 1000 / setup.cursorsPerSecond)
			);
		}, jitter());
	}
}

parentPort!.on('message', (message: string) => {
	if (message === 'warmup') startWriters();
	if (message === 'measure') measuring = true;
	if (message === 'stop-writing') {
		measuring = false;
		for (const timer of timers) clearInterval(timer);
	}
	if (message === 'report') {
		const result: WorkerResult = { edits, cursors, editsSent, editsReceived, cursorsSent, cursorsReceived };
		parentPort!.postMessage({ type: 'result', result });
		for (const { provider } of providers) provider.destroy();
	}
});

const waitSynced = setInterval(() => {
	if (!synced()) return;
	clearInterval(waitSynced);
	parentPort!.postMessage({ type: 'synced' });
}, 50);
