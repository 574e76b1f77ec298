import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { TLRecord } from '@tldraw/tldraw';
import {
	encodeAwarenessEntries,
	readAwarenessEntries,
	type AwarenessEntry
} from '../../server/sync/awareness-codec.ts';
import { boardMeta, boardRecords, saveSchema, savedSchema } from '../../src/lib/board/board-doc.ts';
import { BOARD_SCHEMA } from '../../src/lib/board/board-schema.ts';
import { deepEqual } from '../../src/lib/plain-object.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { DocumentLog } from '../../src/lib/server/boards/document-log.ts';
import { CloseCode } from '../../src/lib/sync/endpoint.ts';
import { sendOwnAwarenessOnly } from '../../src/lib/sync/own-awareness.ts';
import { decodeClientMessage, encodeAwareness } from '../../server/sync/protocol.ts';
import { createTestUser, type TestUser } from '../support/accounts.ts';
import { rawSocket as rawClient, syncUpdateFrame } from '../support/raw-socket.ts';
import { removeDir, startTestServer, type TestServer } from '../support/test-server.ts';
import { connectProvider, nextCloseCode, waitFor, whenSynced } from '../support/stock-client.ts';
import { frameRecord, noteRecord, pageRecord } from '../support/tldraw-records.ts';

let server: TestServer;
let user: TestUser;
let boardId: string;
const providers: ReturnType<typeof connectProvider>[] = [];

function client(doc = new Y.Doc()) {
	const provider = connectProvider(server.wsUrl, boardId, user.cookie, doc);
	providers.push(provider);
	return provider;
}

/** A raw socket on this board (or another path), signed in as the test user. */
function rawSocket(path = `/sync/${boardId}`) {
	return rawClient(server.wsUrl.replace('/sync', '') + path, { cookie: user.cookie, origin: server.url });
}

/** Restarts the server on the same database and connects a new client once it is synced. */
async function clientAfterRestart() {
	const { dataDir } = server;
	await server.stop();
	server = await startTestServer({ dataDir });
	const fresh = client();
	await whenSynced(fresh);
	return fresh;
}

/**
 * Writes a board straight into storage, as another version or a crafted update left it: into
 * the log, or as the snapshot a room leaves when it unloads.
 */
async function store(written: Y.Doc, where: 'log' | 'snapshot') {
	const log = new DocumentLog(server.storage.db);
	const data = Y.encodeStateAsUpdate(written);
	await (where === 'log' ? log.append(boardId, [{ data }]) : log.compact(boardId, data, 0));
}

beforeEach(async () => {
	server = await startTestServer();
	user = await createTestUser(server.storage.db);
	boardId = (await server.boards.create('Sync test', user.teamId, user.userId)).id;
});

afterEach(async () => {
	for (const provider of providers.splice(0)) provider.destroy();
	await server.stop();
	removeDir(server.dataDir);
});

describe('sync server with stock y-websocket providers', () => {
	it('converges two clients editing concurrently', async () => {
		const a = client();
		const b = client();
		await Promise.all([whenSynced(a), whenSynced(b)]);
		const mapA = a.doc.getMap('records');
		const mapB = b.doc.getMap('records');
		for (let i = 0; i < 50; i++) {
			mapA.set(`a${i}`, i);
			mapB.set(`b${i}`, i);
		}
		mapA.set('shared', 'from a');
		mapB.set('shared', 'from b');
		await waitFor(() => mapA.size === 101 && mapB.size === 101, 'both clients to hold all 101 keys');
		await waitFor(() => mapA.get('shared') === mapB.get('shared'), 'the concurrent write to converge');
		expect(mapA.toJSON()).toEqual(mapB.toJSON());
	});

	it('gives a client that joins late the full state', async () => {
		const a = client();
		await whenSynced(a);
		const text = a.doc.getText('notes');
		text.insert(0, 'Persona: Sanne, 34, ondernemer');
		a.doc.getMap('records').set('goal', { kind: 'engagement' });
		const late = client();
		await whenSynced(late);
		await waitFor(() => late.doc.getText('notes').toString().length > 0, 'late client to receive text');
		expect(late.doc.getText('notes').toString()).toBe('Persona: Sanne, 34, ondernemer');
		expect(late.doc.getMap('records').get('goal')).toEqual({ kind: 'engagement' });
	});

	it('serves the persisted board after a restart', async () => {
		const a = client();
		await whenSynced(a);
		const observer = client();
		await whenSynced(observer);
		for (let i = 0; i < 20; i++) a.doc.getMap('records').set(`note${i}`, `tekst ${i}`);
		await waitFor(() => observer.doc.getMap('records').size === 20, 'the observer to see all edits');
		a.destroy();
		observer.destroy();
		const fresh = await clientAfterRestart();
		await waitFor(() => fresh.doc.getMap('records').size === 20, 'the restarted server to serve all edits');
		expect(fresh.doc.getMap('records').get('note7')).toBe('tekst 7');
	});

	it('removes values that are not records, for everyone, and the board still opens', async () => {
		const a = client();
		const watcher = client();
		await Promise.all([whenSynced(a), whenSynced(watcher)]);
		// What a crafted update can put under record ids: the records map's values are not typed on the wire.
		const records = boardRecords(a.doc) as Y.Map<unknown>;
		a.doc.transact(() => {
			records.set('shape:note', recordToYMap(noteRecord('note', 'Persona Sanne')));
			records.set('shape:text', 'not a record');
			records.set('shape:number', 42);
		});
		const keys = (doc: Y.Doc) => [...boardRecords(doc).keys()];
		await waitFor(
			() => keys(watcher.doc).join() === 'shape:note' && keys(a.doc).join() === 'shape:note',
			'the server to remove what is not a record, on both clients'
		);
		a.destroy();
		watcher.destroy();
		const fresh = await clientAfterRestart();
		expect(keys(fresh.doc)).toEqual(['shape:note']);
		expect(boardRecords(fresh.doc).get('shape:note')?.get('type')).toBe('note');
	});

	it('opens a board whose stored log holds a value that is not a record, without it', async () => {
		const written = new Y.Doc();
		(boardRecords(written) as Y.Map<unknown>).set(
			'shape:text',
			'saved before the server removed such values'
		);
		boardRecords(written).set('shape:note', recordToYMap(noteRecord('note', 'Doelgroep')));
		await store(written, 'log');
		const fresh = client();
		await whenSynced(fresh);
		await waitFor(
			() => [...boardRecords(fresh.doc).keys()].join() === 'shape:note',
			'the board without the value that is not a record'
		);
	});

	it('cuts shapes loose from a loop of parents and removes records that are not the board’s, for everyone', async () => {
		const a = client();
		const watcher = client();
		await Promise.all([whenSynced(a), whenSynced(watcher)]);
		// Each would hang tldraw in every browser on the board (a loop), stand in for a shape there, or
		// put everyone's editor on a shape (a selection is each browser's own).
		const records = boardRecords(a.doc);
		a.doc.transact(() => {
			records.set('shape:note', recordToYMap(noteRecord('note', 'Persona Sanne')));
			records.set('shape:a', recordToYMap({ ...frameRecord('a', 'A'), parentId: 'shape:b' } as TLRecord));
			records.set('shape:b', recordToYMap({ ...frameRecord('b', 'B'), parentId: 'shape:a' } as TLRecord));
			records.set(
				'shape:self',
				recordToYMap({ ...noteRecord('self', 'x'), parentId: 'shape:self' } as TLRecord)
			);
			records.set('shape:stand-in', recordToYMap(noteRecord('note', 'Niet Sanne')));
			const selection = new Y.Map<unknown>();
			for (const [field, value] of Object.entries({
				id: 'instance_page_state:page:page',
				typeName: 'instance_page_state',
				editingShapeId: 'shape:note'
			}))
				selection.set(field, value);
			(records as Y.Map<unknown>).set('instance_page_state:page:page', selection);
		});
		const parentOf = (doc: Y.Doc, key: string) => boardRecords(doc).get(`shape:${key}`)?.get('parentId');
		const repaired = (doc: Y.Doc) =>
			parentOf(doc, 'self') === 'page:page' &&
			[parentOf(doc, 'a'), parentOf(doc, 'b')].includes('page:page') &&
			!boardRecords(doc).has('shape:stand-in') &&
			!boardRecords(doc).has('instance_page_state:page:page');
		await waitFor(() => repaired(a.doc) && repaired(watcher.doc), 'the server to repair the board for both');
		a.destroy();
		watcher.destroy();
		const fresh = await clientAfterRestart();
		expect(repaired(fresh.doc)).toBe(true);
		expect(boardRecords(fresh.doc).get('shape:note')?.get('id')).toBe('shape:note');
	});

	it('puts a shape whose frame someone deleted meanwhile on the page, where it was seen', async () => {
		const a = client();
		const offline = client();
		await Promise.all([whenSynced(a), whenSynced(offline)]);
		const parentOf = (doc: Y.Doc, key: string) => boardRecords(doc).get(`shape:${key}`)?.get('parentId');
		const place = (doc: Y.Doc, key: string) =>
			['x', 'y'].map((field) => boardRecords(doc).get(`shape:${key}`)?.get(field));
		a.doc.transact(() => {
			for (const page of [pageRecord('page', 'Pagina 1'), pageRecord('two', 'Pagina 2', 'a2')])
				boardRecords(a.doc).set(page.id, recordToYMap(page));
			const frame = { ...frameRecord('frame', 'P — Mensen'), parentId: 'page:two', x: 400, y: 300 };
			boardRecords(a.doc).set('shape:frame', recordToYMap(frame as TLRecord));
		});
		await waitFor(() => boardRecords(offline.doc).has('shape:frame'), 'the frame');
		// One deletes the frame while the other, offline, puts a note into it (and one into a frame that never was).
		offline.disconnect();
		boardRecords(a.doc).delete('shape:frame');
		boardRecords(offline.doc).set(
			'shape:late',
			recordToYMap({ ...noteRecord('late', 'Later', 20, 30), parentId: 'shape:frame' } as TLRecord)
		);
		boardRecords(offline.doc).set(
			'shape:nowhere',
			recordToYMap({ ...noteRecord('nowhere', 'x'), parentId: 'shape:never' } as TLRecord)
		);
		await new Promise((resolve) => setTimeout(resolve, 200));
		offline.connect();
		await waitFor(
			() =>
				[a.doc, offline.doc].every(
					(doc) => parentOf(doc, 'late') === 'page:two' && parentOf(doc, 'nowhere') === 'page:page'
				),
			'the server to put both notes on a page, for both'
		);
		expect(boardRecords(a.doc).has('shape:frame')).toBe(false);
		// The frame's page and place were known: the note stays where it was seen. Of a frame that
		// never was, nothing is: that note goes to the first page as it is.
		expect(place(offline.doc, 'late')).toEqual([420, 330]);
		expect(place(offline.doc, 'nowhere')).toEqual([100, 100]);
	});

	// A board stored as a snapshot alone is answered with the stored bytes until its doc changes:
	// the guard's repair on load must reach the first client all the same.
	it.each(['log', 'snapshot'] as const)(
		'opens a board whose stored %s holds a loop of parents with the loop cut',
		async (where) => {
			const written = new Y.Doc();
			boardRecords(written).set(
				'shape:a',
				recordToYMap({ ...frameRecord('a', 'A'), parentId: 'shape:b' } as TLRecord)
			);
			boardRecords(written).set(
				'shape:b',
				recordToYMap({ ...frameRecord('b', 'B'), parentId: 'shape:a' } as TLRecord)
			);
			await store(written, where);
			const fresh = client();
			await whenSynced(fresh);
			const parents = () =>
				['shape:a', 'shape:b'].map((id) => boardRecords(fresh.doc).get(id)?.get('parentId'));
			await waitFor(() => parents().includes('page:page'), 'the loop to be cut');
		}
	);

	it('keeps a schema announced as a step forward, and sets back any other, for everyone', async () => {
		const a = client();
		const watcher = client();
		await Promise.all([whenSynced(a), whenSynced(watcher)]);
		// An editor of an older version seeds the board; one of this version migrates it.
		const note = (version: number) => ({
			schemaVersion: 2,
			sequences: { ...BOARD_SCHEMA.sequences, 'com.tldraw.shape.note': version }
		});
		for (const schema of [note(8), BOARD_SCHEMA]) {
			saveSchema(a.doc, schema);
			await waitFor(() => deepEqual(savedSchema(watcher.doc), schema), 'the schema to reach the watcher');
		}

		// What a crafted update (or a client of another version) can write: each would make every
		// editor here refuse the board (a step back makes them run migrations again, which fails).
		for (const write of [
			() => saveSchema(a.doc, note(99)),
			() => saveSchema(a.doc, note(8)),
			() => saveSchema(a.doc, { schemaVersion: 3, sequences: {} }),
			() => saveSchema(a.doc, 'not a schema'),
			() => boardMeta(a.doc).delete('schema')
		]) {
			write();
			await waitFor(() => deepEqual(savedSchema(a.doc), BOARD_SCHEMA), 'the server to set the schema back');
		}
		a.destroy();
		watcher.destroy();
		const fresh = await clientAfterRestart();
		expect(savedSchema(fresh.doc)).toEqual(BOARD_SCHEMA);
	});

	it('leaves a stored schema from a later version as it is (a server rolled back)', async () => {
		const written = new Y.Doc();
		boardRecords(written).set('shape:note', recordToYMap(noteRecord('note', 'Doelgroep')));
		const later = { schemaVersion: 2, sequences: { ...BOARD_SCHEMA.sequences, 'com.tldraw.shape.note': 99 } };
		saveSchema(written, later);
		await store(written, 'log');
		const fresh = client();
		await whenSynced(fresh);
		await waitFor(() => boardRecords(fresh.doc).has('shape:note'), 'the board');
		expect(savedSchema(fresh.doc)).toEqual(later);
	});

	it('shares awareness (cursors) between clients', async () => {
		const a = client();
		const b = client();
		await Promise.all([whenSynced(a), whenSynced(b)]);
		a.awareness.setLocalStateField('user', { name: 'Anouk', color: '#e03131' });
		a.awareness.setLocalStateField('cursor', { x: 120, y: 80 });
		await waitFor(
			() =>
				(b.awareness.getStates().get(a.awareness.clientID) as { cursor?: { x: number } })?.cursor?.x === 120,
			'b to see a’s cursor'
		);
		a.destroy();
		await waitFor(() => !b.awareness.getStates().has(a.awareness.clientID), 'a’s cursor to disappear');
	});

	describe('cursor flow control', () => {
		/** A raw socket that records the awareness frames it gets and echoes only when told to. */
		async function cursorReader() {
			const reader = rawSocket();
			const frames: AwarenessEntry[][] = [];
			reader.socket.on('message', (data: Buffer) => {
				// Server frames have the same layout as client frames.
				const message = decodeClientMessage(new Uint8Array(data));
				if (message.kind === 'awareness') frames.push(readAwarenessEntries(message.update));
			});
			await reader.opened;
			/** Sends a frame back, as a stock client does once it has applied it. */
			const echo = (entries: AwarenessEntry[]) =>
				reader.socket.send(encodeAwareness(encodeAwarenessEntries(entries)));
			return { frames, echo, socket: reader.socket };
		}

		async function mover() {
			const provider = client();
			await whenSynced(provider);
			const id = provider.awareness.clientID;
			const text = new TextDecoder();
			return {
				moveTo: (x: number) => provider.awareness.setLocalStateField('cursor', { x, y: 0 }),
				/** The x of this mover's cursor in a frame, if the frame carries it. */
				xIn: (frame: AwarenessEntry[]) => {
					const entry = frame.find((e) => e.clientId === id);
					return entry
						? (JSON.parse(text.decode(entry.state)) as { cursor?: { x: number } }).cursor?.x
						: undefined;
				}
			};
		}

		it('holds cursors back from a client that has not read its last frame, then sends only the newest', async () => {
			const { moveTo, xIn } = await mover();
			const { frames, echo } = await cursorReader();
			moveTo(1);
			await waitFor(() => frames.some((f) => xIn(f) === 1), 'the first cursor position');
			echo(frames.at(-1)!);
			moveTo(2);
			await waitFor(() => frames.some((f) => xIn(f) === 2), 'the second cursor position');
			const read = frames.length;
			moveTo(3);
			await new Promise((resolve) => setTimeout(resolve, 200));
			moveTo(4);
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(frames.length).toBe(read);

			echo(frames.at(-1)!);
			await waitFor(() => frames.length > read, 'the held cursor after the echo');
			await new Promise((resolve) => setTimeout(resolve, 300));
			expect(frames.slice(read).map(xIn)).toEqual([4]);
		});

		it('gets a board page its cursors without it sending anyone’s back but its own', async () => {
			const page = client();
			sendOwnAwarenessOnly(page);
			const stock = client();
			await Promise.all([whenSynced(page), whenSynced(stock)]);
			/** Client ids in each awareness frame a provider sends from here on. */
			const sentIds = (provider: ReturnType<typeof client>) => {
				const frames: number[][] = [];
				const socket = provider.ws!;
				const send = socket.send.bind(socket);
				// The provider sends Uint8Arrays only.
				socket.send = (data) => {
					const message = decodeClientMessage(data as Uint8Array);
					if (message.kind === 'awareness')
						frames.push(readAwarenessEntries(message.update).map((entry) => entry.clientId));
					send(data);
				};
				return frames;
			};
			const fromPage = sentIds(page);
			const fromStock = sentIds(stock);
			const cursorOf = (seen: typeof page, of: typeof page) =>
				(seen.awareness.getStates().get(of.awareness.clientID) as { cursor?: { x: number } } | undefined)
					?.cursor?.x;
			for (const x of [1, 2, 3]) {
				stock.awareness.setLocalStateField('cursor', { x, y: 0 });
				await waitFor(() => cursorOf(page, stock) === x, `the page to see cursor position ${x}`);
			}
			page.awareness.setLocalStateField('cursor', { x: 7, y: 0 });
			await waitFor(() => cursorOf(stock, page) === 7, 'the others to see the page’s cursor');

			expect(fromPage.length).toBeGreaterThan(0);
			expect(fromPage.flat().every((id) => id === page.awareness.clientID)).toBe(true);
			// The published client sends the page's state back to the server it came from.
			expect(fromStock.flat()).toContain(page.awareness.clientID);
		});

		it('holds cursors back from a client that reads too slowly, and sends it the newest once it has caught up', async () => {
			// Room for a backlog of megabytes: a slow client is held back, not cut off.
			await server.stop();
			removeDir(server.dataDir);
			server = await startTestServer({
				limits: { hardBufferBytes: 64 * 1024 * 1024, maxDocumentBytes: 256 * 1024 * 1024 }
			});
			user = await createTestUser(server.storage.db);
			boardId = (await server.boards.create('Slow reader', user.teamId, user.userId)).id;
			const { moveTo, xIn } = await mover();
			const { frames, socket } = await cursorReader();
			moveTo(1);
			await waitFor(() => frames.some((f) => xIn(f) === 1), 'the first cursor position');

			// The reader stops reading (a laptop that cannot keep up) while 16 MB of board changes
			// pile up in its socket, and the cursor moves twice meanwhile.
			socket.pause();
			const writer = client();
			const bystander = client();
			await Promise.all([whenSynced(writer), whenSynced(bystander)]);
			for (let i = 0; i < 16; i++) writer.doc.getMap('records').set(`big${i}`, 'x'.repeat(1024 * 1024));
			// Broadcast to everyone at once: once a bystander has it all, so does the reader's socket.
			await waitFor(() => bystander.doc.getMap('records').size === 16, 'the changes to go out', 10_000);
			moveTo(2);
			await new Promise((resolve) => setTimeout(resolve, 200));
			moveTo(3);
			await new Promise((resolve) => setTimeout(resolve, 300));
			const read = frames.length;

			socket.resume();
			await waitFor(() => frames.some((f) => xIn(f) === 3), 'the newest cursor position', 10_000);
			expect(
				frames
					.slice(read)
					.map(xIn)
					.filter((x) => x !== undefined)
			).toEqual([3]);
		});

		it('sends a cursor later, not never, when a large change ahead of it in the same turn fills the socket', async () => {
			const { moveTo, xIn } = await mover();
			const { frames } = await cursorReader();
			moveTo(1);
			await waitFor(() => frames.some((f) => xIn(f) === 1), 'the first cursor position');

			// Pastes of 600 KiB every 20 ms: each turn writes more than the 512 KiB soft limit of
			// document before the cursors. The cursor stops moving well before the pastes stop.
			const writer = client();
			await whenSynced(writer);
			for (let i = 0; i < 15; i++) {
				writer.doc.getMap('records').set(`paste${i}`, 'x'.repeat(600 * 1024));
				if (i < 10) moveTo(10 + i);
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			await waitFor(() => frames.some((f) => xIn(f) === 19), 'the cursor where it stopped', 3_000);
		});

		it('sends every tick to a client that does not echo', async () => {
			const { moveTo, xIn } = await mover();
			const { frames } = await cursorReader();
			for (const x of [1, 2, 3]) {
				moveTo(x);
				await waitFor(() => frames.some((f) => xIn(f) === x), `cursor position ${x}`);
			}
		});
	});

	it('closes only the socket that sends a malformed frame', async () => {
		const a = client();
		const b = client();
		await Promise.all([whenSynced(a), whenSynced(b)]);
		const bad = rawSocket();
		await bad.opened;
		bad.socket.send(Uint8Array.from([0, 2, 200, 1, 7, 7, 7]));
		expect(await bad.closed).toBe(CloseCode.MalformedMessage);

		const garbageUpdate = rawSocket();
		await garbageUpdate.opened;
		garbageUpdate.socket.send(syncUpdateFrame(Uint8Array.from([5, 99, 12, 250, 3, 1, 0, 9])));
		expect(await garbageUpdate.closed).toBe(CloseCode.MalformedMessage);

		const text = rawSocket();
		await text.opened;
		text.socket.send('hello');
		expect(await text.closed).toBe(CloseCode.MalformedMessage);

		a.doc.getMap('records').set('still', 'working');
		await waitFor(() => b.doc.getMap('records').get('still') === 'working', 'the others to keep syncing');
	});

	it('closes an oversized frame with 1009 and keeps the room working', async () => {
		const a = client();
		const b = client();
		await Promise.all([whenSynced(a), whenSynced(b)]);
		const big = rawSocket();
		await big.opened;
		big.socket.send(new Uint8Array(3 * 1024 * 1024));
		expect(await big.closed).toBe(CloseCode.MessageTooLarge);
		a.doc.getMap('records').set('after', 1);
		await waitFor(() => b.doc.getMap('records').get('after') === 1, 'the room to keep syncing');
	});

	it('refuses upgrades for unknown, malformed and deleted boards', async () => {
		for (const path of ['/sync/AAAAAAAAAAAAAAAAAAAAAA', '/sync/not-a-board', '/other']) {
			const attempt = rawSocket(path);
			const status = await new Promise<number>((resolve) =>
				attempt.socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
			);
			expect(status).toBe(404);
		}
		const a = client();
		await whenSynced(a);
		const closed = nextCloseCode(a);
		await server.boards.softDelete(boardId);
		const { boardEvents } = await import('../../src/lib/server/boards/board-events.ts');
		boardEvents().emit('deleted', boardId);
		expect(await closed).toBe(CloseCode.BoardNotFound);
	});

	it('rejects an update that would exceed the maximum document size', async () => {
		await server.stop();
		server = await startTestServer({ dataDir: server.dataDir, limits: { maxDocumentBytes: 4096 } });
		const a = client();
		const b = client();
		await Promise.all([whenSynced(a), whenSynced(b)]);
		const closed = nextCloseCode(a);
		a.doc.getMap('records').set('huge', 'x'.repeat(8192));
		expect(await closed).toBe(CloseCode.DocumentTooLarge);
		a.destroy();
		// The room goes on for everyone else: a small edit still reaches a newcomer, the huge one never.
		b.doc.getMap('records').set('small', 1);
		const newcomer = client();
		await whenSynced(newcomer);
		await waitFor(() => newcomer.doc.getMap('records').get('small') === 1, 'the small edit to arrive');
		expect(newcomer.doc.getMap('records').has('huge')).toBe(false);
		expect(b.doc.getMap('records').has('huge')).toBe(false);
	});

	it('reports rooms and connections on /healthz and unloads empty rooms', async () => {
		const a = client();
		const watcher = client();
		await Promise.all([whenSynced(a), whenSynced(watcher)]);
		const health = await (await fetch(`${server.url}/healthz`)).json();
		expect(health).toMatchObject({ status: 'ok', rooms: 1, connections: 2, storage: 'sqlite' });
		a.doc.getMap('records').set('kept', true);
		// Broadcast only after it is saved: once the watcher has it, it is in the database.
		await waitFor(() => watcher.doc.getMap('records').get('kept') === true, 'the edit to be saved');
		a.destroy();
		watcher.destroy();
		let rooms = 1;
		const deadline = Date.now() + 3_000;
		while (rooms !== 0 && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 50));
			rooms = (await (await fetch(`${server.url}/healthz`)).json()).rooms;
		}
		expect(rooms).toBe(0);
		const again = client();
		await whenSynced(again);
		await waitFor(
			() => again.doc.getMap('records').get('kept') === true,
			'the reloaded room to hold the edit'
		);
	});
});
