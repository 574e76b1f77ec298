import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CloseCode, PRESENCE_MESSAGE } from '../../src/lib/sync/endpoint.ts';
import { encodeAwarenessEntries, readAwarenessEntries } from '../../server/sync/awareness-codec.ts';
import type { ConnectionAccess } from '../../server/sync/connection.ts';
import { defaultLimits, type SyncLimits } from '../../server/sync/limits.ts';
import { Room } from '../../server/sync/room.ts';
import { FakeSocket, MemoryBallots, MemoryStore } from '../support/fake-socket.ts';
import { awarenessFrame, syncUpdateFrame } from '../support/raw-socket.ts';
import { waitFor } from '../support/stock-client.ts';

const rooms: Room[] = [];
afterEach(async () => {
	for (const room of rooms.splice(0)) await room.unload();
});

async function openRoom(limits: Partial<SyncLimits> = {}, store = new MemoryStore()) {
	let unloaded = false;
	const room = await Room.load(
		'board',
		{
			documents: store,
			privateNotes: new MemoryStore(),
			ballots: new MemoryBallots(),
			revealPrivateNotes: async () => {},
			saveAutoSnapshot: async () => {},
			contributions: { add: async () => {} }
		},
		{ ...defaultLimits, roomGraceMs: 50, ...limits },
		() => {
			unloaded = true;
		}
	);
	rooms.push(room);
	return { room, store, unloaded: () => unloaded };
}

const access = (name: string, role: ConnectionAccess['role']): ConnectionAccess => ({
	token: 't',
	role,
	principal: { kind: 'user' as const, id: name, name, email: `${name}@example.test`, sessionId: 's' }
});

function join(room: Room, role: ConnectionAccess['role'] = 'editor', name = 'Anouk') {
	const socket = new FakeSocket();
	room.join(socket.asSocket(), access(name, role));
	socket.sent.length = 0;
	return socket;
}

/** An update that sets `key` in the records map, from its own client. */
function edit(key: string): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap('records').set(key, key);
	return Y.encodeStateAsUpdate(doc);
}

/** The document updates among the frames a socket was sent (sync message, step 2 or update). */
function updatesIn(socket: FakeSocket): Uint8Array[] {
	return socket.sent.flatMap((frame) => {
		const decoder = decoding.createDecoder(frame);
		if (decoding.readVarUint(decoder) !== 0) return [];
		return decoding.readVarUint(decoder) === 0 ? [] : [decoding.readVarUint8Array(decoder)];
	});
}

const keysOf = (updates: Uint8Array[]) => {
	const doc = new Y.Doc();
	for (const update of updates) Y.applyUpdate(doc, update);
	return [...doc.getMap('records').keys()].sort();
};

describe('Room', () => {
	it('saves an update before it broadcasts it, and merges what arrives within the window into one message', async () => {
		const { room, store } = await openRoom({ broadcastWindowMs: 200 });
		const [a, b, reader] = [join(room), join(room), join(room)];
		a.receive(syncUpdateFrame(edit('first')));
		await waitFor(() => updatesIn(reader).length === 1, 'the first update, at once');
		expect(store.log).toHaveLength(1);
		a.receive(syncUpdateFrame(edit('second')));
		b.receive(syncUpdateFrame(edit('third')));
		await waitFor(() => updatesIn(reader).length === 2, 'the window to close');
		expect(keysOf(updatesIn(reader).slice(1))).toEqual(['second', 'third']);
		// A lone sender does not get its own update back.
		expect(keysOf(updatesIn(a))).toEqual(['second', 'third']);
		expect(store.log).toHaveLength(3);
	});

	it('drops a viewer’s update and counts it', async () => {
		const { room, store } = await openRoom();
		const viewer = join(room, 'viewer');
		const editor = join(room);
		viewer.receive(syncUpdateFrame(edit('sneaky')));
		await new Promise((resolve) => setTimeout(resolve, 100));
		expect(room.doc.getMap('records').size).toBe(0);
		expect(store.log).toHaveLength(0);
		expect(updatesIn(editor)).toHaveLength(0);
		expect(room.stats().droppedUpdates).toBe(1);
	});

	it('unloads a grace period after the last client left, but not while updates wait to be saved', async () => {
		const store = new MemoryStore();
		let release!: () => void;
		store.hold = new Promise((resolve) => (release = resolve));
		const { room, unloaded } = await openRoom({}, store);
		const socket = join(room);
		socket.receive(syncUpdateFrame(edit('unsaved')));
		socket.close();
		try {
			await new Promise((resolve) => setTimeout(resolve, 200));
			expect(room.stats().pendingUpdates).toBe(1);
			expect(unloaded()).toBe(false);
		} finally {
			release();
		}
		await waitFor(unloaded, 'the room to unload once saved');
		expect(store.snapshot).not.toBeNull();
		const reloaded = new Y.Doc();
		Y.applyUpdate(reloaded, store.snapshot!.data);
		expect(reloaded.getMap('records').get('unsaved')).toBe('unsaved');
	});

	it('compacts the log into the snapshot after every N updates', async () => {
		const { room, store } = await openRoom({ compactEvery: 3 });
		const socket = join(room);
		for (const key of ['a', 'b']) {
			socket.receive(syncUpdateFrame(edit(key)));
			await waitFor(() => room.stats().pendingUpdates === 0, 'the update to be saved');
		}
		expect(store.compactions).toBe(0);
		socket.receive(syncUpdateFrame(edit('c')));
		await waitFor(() => store.compactions === 1, 'a compaction after the third update');
		expect(store.log).toHaveLength(0);
		expect(store.snapshot!.seq).toBe(3);
		expect(keysOf([store.snapshot!.data])).toEqual(['a', 'b', 'c']);
	});

	it('closes only the socket that sends something malformed', async () => {
		const { room } = await openRoom();
		const [bad, good] = [join(room), join(room)];
		bad.receive(Uint8Array.of(0, 2, 200, 1, 7));
		expect(bad.closeCode).toBe(CloseCode.MalformedMessage);
		expect(good.closeCode).toBeNull();
		expect(room.stats().connections).toBe(1);
	});

	it('writes an edit and the cursors due with it to a socket as one write', async () => {
		const { room } = await openRoom();
		const writer = join(room);
		const log: ('hold' | 'release' | 'document' | 'awareness')[] = [];
		const reader = new FakeSocket();
		reader.send = (message) => log.push(message[0] === 0 ? 'document' : 'awareness');
		room.join(reader.asSocket(), access('Bram', 'viewer'), {
			cork: () => log.push('hold'),
			uncork: () => log.push('release')
		});
		log.length = 0;
		const cursors = new awarenessProtocol.Awareness(new Y.Doc());
		for (let i = 0; i < 30; i++) {
			writer.receive(syncUpdateFrame(edit(`note ${i}`)));
			cursors.setLocalState({ cursor: { x: i, y: i } });
			writer.receive(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(cursors, [cursors.clientID])));
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		// Every write happens inside a turn, and some turns carry both kinds.
		const turns = log
			.join(' ')
			.split('release')
			.map((turn) => turn.trim())
			.filter(Boolean);
		expect(turns.every((turn) => turn.startsWith('hold'))).toBe(true);
		expect(
			turns.filter((turn) => turn.includes('document') && turn.includes('awareness')).length
		).toBeGreaterThan(2);
	});

	it('takes a frame of only other people’s cursors as an echo: nothing in it applies, and a malformed one still closes its socket', async () => {
		const { room } = await openRoom();
		const anouk = join(room, 'editor', 'Anouk');
		const bram = join(room, 'editor', 'Bram');
		const state = (text: string) => new TextEncoder().encode(JSON.stringify({ cursor: { text } }));
		anouk.receive(awarenessFrame(encodeAwarenessEntries([{ clientId: 7, clock: 1, state: state('mine') }])));
		expect(room.awareness.awareness.getStates().get(7)).toMatchObject({ cursor: { text: 'mine' } });

		bram.receive(awarenessFrame(encodeAwarenessEntries([{ clientId: 7, clock: 9, state: state('taken') }])));
		expect(room.awareness.awareness.getStates().get(7)).toMatchObject({ cursor: { text: 'mine' } });
		expect(bram.closeCode).toBeNull();

		const whole = encodeAwarenessEntries([{ clientId: 7, clock: 10, state: state('cut') }]);
		bram.receive(awarenessFrame(whole.subarray(0, whole.length - 3)));
		expect(bram.closeCode).toBe(CloseCode.MalformedMessage);
		expect(anouk.closeCode).toBeNull();
	});

	it('answers a client that asks for everyone’s presence even while it is behind on reading', async () => {
		const { room } = await openRoom();
		const anouk = join(room, 'editor', 'Anouk');
		const state = new TextEncoder().encode(JSON.stringify({ cursor: { x: 1 } }));
		anouk.receive(awarenessFrame(encodeAwarenessEntries([{ clientId: 7, clock: 1, state }])));
		const bram = join(room, 'editor', 'Bram');
		// Bram's socket holds more than the soft limit: cursor ticks to him wait, this answer does not.
		bram.bufferedAmount = defaultLimits.softBufferBytes + 1;
		bram.receive(new Uint8Array([3])); // y-protocols' messageQueryAwareness
		const entries = bram.sent.flatMap((frame) => {
			const decoder = decoding.createDecoder(frame);
			return decoding.readVarUint(decoder) === 1
				? readAwarenessEntries(decoding.readVarUint8Array(decoder))
				: [];
		});
		expect(entries.map((entry) => entry.clientId)).toContain(7);
	});

	it('removes the cursors of an instance that is gone, and only those', async () => {
		const { room } = await openRoom({ awarenessTickMs: 20 });
		const reader = join(room);
		const onPeer = (state: Record<string, unknown>) => {
			const awareness = new awarenessProtocol.Awareness(new Y.Doc());
			awareness.setLocalState(state);
			return {
				id: awareness.clientID,
				update: awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID])
			};
		};
		const [ofOne, ofTwo] = [onPeer({ cursor: { x: 1, y: 1 } }), onPeer({ cursor: { x: 2, y: 2 } })];
		room.awareness.applyRelayed(ofOne.update, 'instance-1');
		room.awareness.applyRelayed(ofTwo.update, 'instance-2');
		await waitFor(
			() => [ofOne.id, ofTwo.id].every((id) => awarenessIdsIn(reader).includes(id)),
			'both cursors'
		);
		reader.sent.length = 0;
		room.awareness.dropInstance('instance-1');
		expect([...room.awareness.awareness.getStates().keys()]).toEqual([ofTwo.id]);
		await waitFor(() => awarenessIdsIn(reader).includes(ofOne.id), 'the removal to reach the reader');
		expect(awarenessIdsIn(reader)).not.toContain(ofTwo.id);
	});

	describe('presence in a crowded room', () => {
		const crowded = { quietPresenceFrom: 3, quietPresenceAfterMs: 600, awarenessTickMs: 20 };
		const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

		/** A participant with a socket and an awareness state of their own. */
		function participant(room: Room, name: string) {
			const socket = join(room, 'editor', name);
			const awareness = new awarenessProtocol.Awareness(new Y.Doc());
			const announce = (state: Record<string, unknown>) => {
				awareness.setLocalState(state);
				socket.receive(
					awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(awareness, [awareness.clientID]))
				);
			};
			announce({ user: { name } });
			return { socket, id: awareness.clientID, announce, renew: () => announce({ user: { name } }) };
		}

		it('stops renewing an idle participant to everyone, passes on what they do, and counts them all', async () => {
			const { room } = await openRoom(crowded);
			const anouk = participant(room, 'Anouk');
			const bram = participant(room, 'Bram');
			const chris = participant(room, 'Chris');
			await sleep(700);
			bram.socket.sent.length = 0;
			anouk.renew();
			await sleep(100);
			expect(awarenessIdsIn(bram.socket)).not.toContain(anouk.id);

			anouk.announce({ user: { name: 'Anouk' }, cursor: { x: 1, y: 2 } });
			await waitFor(() => awarenessIdsIn(bram.socket).includes(anouk.id), 'the cursor move to reach Bram');

			// Someone joining gets the active participants' states, and the count of everyone.
			const late = new FakeSocket();
			room.join(late.asSocket(), access('Dirk', 'viewer'));
			expect(awarenessIdsIn(late)).toEqual([anouk.id]);
			expect(presenceCountsIn(late)).toEqual([3]);
			// Those present hear the new count once Dirk shows up, not Dirk himself until he does something.
			const dirk = participant(room, 'Dirk');
			await waitFor(() => presenceCountsIn(chris.socket).at(-1) === 4, 'the new count');
			expect(awarenessIdsIn(chris.socket)).not.toContain(dirk.id);
			dirk.announce({ user: { name: 'Dirk' }, cursor: { x: 5, y: 5 } });
			await waitFor(() => awarenessIdsIn(chris.socket).includes(dirk.id), 'Dirk’s cursor');
		});

		it('renews everyone to everyone while the room is small', async () => {
			const { room } = await openRoom({ ...crowded, quietPresenceFrom: 4 });
			const anouk = participant(room, 'Anouk');
			const bram = participant(room, 'Bram');
			participant(room, 'Chris');
			await sleep(700);
			bram.socket.sent.length = 0;
			anouk.renew();
			await waitFor(() => awarenessIdsIn(bram.socket).includes(anouk.id), 'the renewal to reach Bram');
		});
	});
});

/** The client ids in the awareness frames a socket was sent. */
function awarenessIdsIn(socket: FakeSocket): number[] {
	return socket.sent.flatMap((frame) => {
		const decoder = decoding.createDecoder(frame);
		if (decoding.readVarUint(decoder) !== 1) return [];
		return readAwarenessEntries(decoding.readVarUint8Array(decoder)).map((entry) => entry.clientId);
	});
}

/** The counts of people present a socket was sent. */
function presenceCountsIn(socket: FakeSocket): number[] {
	return socket.sent.flatMap((frame) => {
		const decoder = decoding.createDecoder(frame);
		if (decoding.readVarUint(decoder) !== PRESENCE_MESSAGE) return [];
		return [(JSON.parse(decoding.readVarString(decoder)) as { people: number }).people];
	});
}
