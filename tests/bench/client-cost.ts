/**
 * What one stock y-websocket client spends on the traffic of the sync benchmark, without any
 * networking: the Yjs and y-protocols calls its provider makes for each message it receives.
 * Multiplied by the number of clients, this is the CPU the simulated clients of `bench:sync` need
 * at the least, on the same machine as the server.
 *
 *   npm run bench:client
 *   BENCH_CLIENTS=200,500 npm run bench:client
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';

const CLIENTS = (process.env.BENCH_CLIENTS ?? '200,500,1000').split(',').map(Number);
const ROUNDS = 3_000;
// The sync benchmark's load at N clients: 5% write 2 edits/s and move their cursor 10 times a second.
const EDITS_PER_WRITER = 2;
const CURSOR_MOVES_PER_WRITER = 10;
// The server merges the edits of each 40 ms into one broadcast and sends cursors every 100 ms.
const EDITS_PER_BROADCAST = 4;
const TICKS_PER_SECOND = 10;

/** Mean time of `handle` per message, after the first tenth of them warmed the JIT up. */
function microsecondsPer<T>(messages: T[], handle: (message: T) => void): number {
	const warmup = Math.floor(messages.length / 10);
	messages.slice(0, warmup).forEach(handle);
	const timed = messages.slice(warmup);
	const start = performance.now();
	timed.forEach(handle);
	return ((performance.now() - start) * 1000) / timed.length;
}

/** A receiving client's cost per merged broadcast of EDITS_PER_BROADCAST edits from 25 writers. */
function documentUpdateCost(): number {
	const writers = Array.from({ length: 25 }, () => new Y.Doc());
	const updates: Uint8Array[] = [];
	for (const writer of writers) writer.on('update', (update: Uint8Array) => updates.push(update));
	let seq = 0;
	const edit = (writer: Y.Doc) =>
		writer.getMap('bench').set(`${writer.clientID}:${seq++}`, { t: Date.now(), m: true });
	const broadcasts: Uint8Array[] = [];
	for (let i = 0; i < ROUNDS; i++) {
		for (let j = 0; j < EDITS_PER_BROADCAST; j++) edit(writers[seq % writers.length]!);
		broadcasts.push(Y.mergeUpdates(updates.splice(0)));
	}
	const receiver = new Y.Doc();
	const origin = {};
	// As the provider and the benchmark's receiver do: an update listener and a map observer.
	receiver.on('update', (_update: Uint8Array, from: unknown) => void (from === origin));
	const map = receiver.getMap('bench');
	map.observe((event) => event.keysChanged.forEach((key) => map.get(key)));
	return microsecondsPer(broadcasts, (broadcast) => Y.applyUpdate(receiver, broadcast, origin));
}

/**
 * A receiving client's cost per awareness frame with one cursor state of each writer: applying it,
 * and encoding the echo that the stock provider sends back for every state it applied.
 */
function awarenessFrameCost(writers: number): number {
	const senders = Array.from({ length: writers }, (_, i) => {
		const awareness = new awarenessProtocol.Awareness(new Y.Doc());
		awareness.setLocalStateField('user', { name: `Deelnemer ${i}`, color: '#1f77b4' });
		return awareness;
	});
	const receiver = new awarenessProtocol.Awareness(new Y.Doc());
	receiver.on('update', ({ added, updated, removed }: Record<string, number[]>) =>
		awarenessProtocol.encodeAwarenessUpdate(receiver, [...added!, ...updated!, ...removed!])
	);
	// The room's copy: it takes each sender's update and sends every writer's newest state per tick.
	const room = new awarenessProtocol.Awareness(new Y.Doc());
	room.setLocalState(null);
	const ids = senders.map((sender) => sender.clientID);
	const frames = Array.from({ length: ROUNDS / 10 }, () => {
		for (const sender of senders) {
			sender.setLocalStateField('cursor', {
				x: Math.random() * 1000,
				y: Math.random() * 1000,
				t: Date.now()
			});
			const update = awarenessProtocol.encodeAwarenessUpdate(sender, [sender.clientID]);
			awarenessProtocol.applyAwarenessUpdate(room, update, 'client');
		}
		return awarenessProtocol.encodeAwarenessUpdate(room, ids);
	});
	const cost = microsecondsPer(frames, (frame) =>
		awarenessProtocol.applyAwarenessUpdate(receiver, frame, 'server')
	);
	for (const awareness of [...senders, receiver, room]) awareness.destroy();
	return cost;
}

const documentCost = documentUpdateCost();
console.log('Stock y-websocket client, per received message (Yjs + y-protocols only, no networking):');
console.log(`  document update with ${EDITS_PER_BROADCAST} edits: ${documentCost.toFixed(0)} µs`);
console.log('');
console.log('| clients | writers | document CPU | cursor CPU | clients together (% of one core) |');
console.log('|---:|---:|---:|---:|---:|');
for (const clients of CLIENTS) {
	const writers = Math.max(2, Math.round(clients * 0.05));
	const broadcastsPerSecond = (writers * EDITS_PER_WRITER) / EDITS_PER_BROADCAST;
	const awarenessCost = awarenessFrameCost(writers);
	const ticksPerSecond = Math.min(TICKS_PER_SECOND, CURSOR_MOVES_PER_WRITER);
	const documentCpu = (clients * broadcastsPerSecond * documentCost) / 1e4;
	const cursorCpu = (clients * ticksPerSecond * awarenessCost) / 1e4;
	console.log(
		`| ${clients} | ${writers} | ${documentCpu.toFixed(0)}% | ${cursorCpu.toFixed(0)}% (${awarenessCost.toFixed(0)} µs per frame) | ${(documentCpu + cursorCpu).toFixed(0)}% |`
	);
}
