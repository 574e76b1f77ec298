import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	createShapeId,
	createTLStore,
	defaultBindingUtils,
	defaultShapeUtils,
	toRichText,
	type TLNoteShape,
	type TLStore
} from '@tldraw/tldraw';
import { noteRecord } from '../support/tldraw-records.ts';
import { boardRecords, saveSchema, savedSchema } from '../../src/lib/board/board-doc.ts';
import { BOARD_SCHEMA, SavedByNewerVersion, UpdatedWhileOpen } from '../../src/lib/board/board-schema.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { NEWER_SCHEMA_SETTLE_MS, bindStoreToDoc, boardDoc } from '../../src/lib/canvas/sync/yjs-binding.ts';

/** Two clients whose docs exchange updates only when `sync()` is called, like a network with latency. */
function pair() {
	const docs = [new Y.Doc(), new Y.Doc()] as const;
	const stores = docs.map(() =>
		createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
	) as [TLStore, TLStore];
	const sync = () => {
		Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0], Y.encodeStateVector(docs[1])), 'remote');
		Y.applyUpdate(docs[0], Y.encodeStateAsUpdate(docs[1], Y.encodeStateVector(docs[0])), 'remote');
	};
	return { docs, stores, sync };
}

/** Store listeners flush once per frame; wait for that before reading the doc. */
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

const unbinds: (() => void)[] = [];

/** A pair where the first client opened the (new) board and the second joined after a sync. */
async function boundPair() {
	const clients = pair();
	unbinds.push(bindStoreToDoc(clients.stores[0], clients.docs[0]));
	await nextFrame();
	clients.sync();
	unbinds.push(bindStoreToDoc(clients.stores[1], clients.docs[1]));
	return clients;
}
afterEach(() => unbinds.splice(0).forEach((unbind) => unbind()));

describe('tldraw store ⇄ Y.Doc binding', () => {
	it('creates the default page once and shares shapes between clients', async () => {
		const { stores, sync } = await boundPair();
		const id = createShapeId('persona');
		stores[0].put([noteRecord('persona', 'Persona Sanne')]);
		await nextFrame();
		sync();
		const remote = stores[1].get(id) as TLNoteShape | undefined;
		expect(remote?.props.richText).toEqual(toRichText('Persona Sanne'));
		expect(
			stores[1].query
				.records('page')
				.get()
				.map((p) => p.id)
		).toEqual(['page:page']);
	});

	it('refuses a board saved by a later version, and leaves it as it is', async () => {
		const { docs, stores } = pair();
		boardRecords(docs[0]).set('shape:note', recordToYMap(noteRecord('note', 'Doelgroep')));
		const later = { schemaVersion: 2, sequences: { ...BOARD_SCHEMA.sequences, 'com.tldraw.shape.note': 99 } };
		saveSchema(docs[0], later);
		const before = Y.encodeStateAsUpdate(docs[0]);
		expect(() => bindStoreToDoc(stores[0], docs[0])).toThrow(SavedByNewerVersion);
		expect(savedSchema(docs[0])).toEqual(later);
		expect(Y.encodeStateAsUpdate(docs[0])).toEqual(before);
		// Nothing stays bound: a shape put into the store does not reach the doc.
		stores[0].put([noteRecord('other', 'Later')]);
		await nextFrame();
		expect(boardRecords(docs[0]).has('shape:other')).toBe(false);
	});

	describe('a later version’s schema announced while the board is open', () => {
		const later = { schemaVersion: 2, sequences: { ...BOARD_SCHEMA.sequences, 'com.tldraw.shape.note': 99 } };
		const settled = () => new Promise((resolve) => setTimeout(resolve, NEWER_SCHEMA_SETTLE_MS + 200));

		/** Client 0 bound with a record of what it was refused with; client 1 writes into the doc. */
		async function openTab() {
			const { docs, stores, sync } = pair();
			const refused: Error[] = [];
			unbinds.push(
				bindStoreToDoc(
					stores[0],
					docs[0],
					() => null,
					boardDoc(),
					(e) => refused.push(e)
				)
			);
			await nextFrame();
			sync();
			return { docs, stores, sync, refused };
		}

		it('lets go of the board once it stays (a tab left open across an upgrade)', async () => {
			const { docs, stores, sync, refused } = await openTab();
			saveSchema(docs[1], later);
			sync();
			await settled();
			expect(refused).toHaveLength(1);
			expect(refused[0]).toBeInstanceOf(UpdatedWhileOpen);
			// Nothing flows either way any more: the later version's records are not read wrongly, and
			// this tab writes nothing the later version would read wrongly.
			boardRecords(docs[1]).set('shape:later', recordToYMap(noteRecord('later', 'Nieuw')));
			stores[0].put([noteRecord('old', 'Oud')]);
			await nextFrame();
			sync();
			expect(stores[0].get(createShapeId('later'))).toBeUndefined();
			expect(boardRecords(docs[1]).has('shape:old')).toBe(false);
		});

		it('stays bound while such a schema is set back each time (crafted ones, which the server undoes)', async () => {
			const { docs, stores, sync, refused } = await openTab();
			const current = savedSchema(docs[1]);
			const flip = (schema: unknown) => {
				saveSchema(docs[1], schema);
				sync();
			};
			const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
			// Set back at once; then again, but still there when the first one's wait ends.
			flip(later);
			flip(current);
			await wait(NEWER_SCHEMA_SETTLE_MS - 300);
			flip(later);
			await wait(500);
			flip(current);
			await settled();
			expect(refused).toEqual([]);
			stores[0].put([noteRecord('still', 'Nog steeds')]);
			await nextFrame();
			sync();
			expect(boardRecords(docs[1]).has('shape:still')).toBe(true);
		});
	});

	it('opens an older board whose records include one the migrations cannot take, without that one', async () => {
		const { docs, stores } = pair();
		// A note as saved before tldraw's rich text (note migration 9), and a crafted record beside it.
		const { richText: _richText, ...props } = noteRecord('old', 'x').props;
		const old = recordToYMap({ ...noteRecord('old', 'x'), props: { ...props, text: 'Doelgroep' } } as never);
		const crafted = recordToYMap(noteRecord('crafted', 'x'));
		crafted.set('props', 'not props');
		boardRecords(docs[0]).set('shape:old', old);
		boardRecords(docs[0]).set('shape:crafted', crafted);
		saveSchema(docs[0], {
			schemaVersion: 2,
			sequences: { ...BOARD_SCHEMA.sequences, 'com.tldraw.shape.note': 8 }
		});
		unbinds.push(bindStoreToDoc(stores[0], docs[0]));
		const opened = stores[0].get(createShapeId('old')) as TLNoteShape | undefined;
		expect(opened?.props.richText).toEqual(toRichText('Doelgroep'));
		expect(stores[0].get(createShapeId('crafted'))).toBeUndefined();
		expect(savedSchema(docs[0])).toEqual(stores[0].schema.serialize());
	});

	it('keeps both changes when one client moves a shape while the other edits its text', async () => {
		const { stores, sync } = await boundPair();
		const id = createShapeId('goal');
		stores[0].put([noteRecord('goal', 'Doel: engagement')]);
		await nextFrame();
		sync();

		// Concurrently, before any exchange: A moves, B edits the text.
		stores[0].update(id, (shape) => ({ ...shape, x: 640, y: 320 }));
		stores[1].update(id, (shape) => ({
			...(shape as TLNoteShape),
			props: { ...(shape as TLNoteShape).props, richText: toRichText('Doel: vindbaarheid') }
		}));
		await nextFrame();
		sync();

		for (const store of stores) {
			const shape = store.get(id) as TLNoteShape;
			expect({ x: shape.x, y: shape.y }).toEqual({ x: 640, y: 320 });
			expect(shape.props.richText).toEqual(toRichText('Doel: vindbaarheid'));
		}
	});

	it('brings remote changes in as remote (tldraw keeps those off the undo stack) and drops invalid records', async () => {
		const { docs, stores, sync } = await boundPair();
		const id = createShapeId('remote');
		stores[0].put([noteRecord('remote', 'remote note')]);
		await nextFrame();
		docs[0].transact(() => {
			const bad = new Y.Map<unknown>();
			bad.set('id', 'shape:bad');
			bad.set('typeName', 'shape');
			bad.set('type', 'note');
			boardRecords(docs[0]).set('shape:bad', bad);
		});
		const changes: string[] = [];
		const stop = stores[1].listen((entry) => changes.push(entry.source), { scope: 'document' });
		sync();
		await nextFrame();
		stop();
		expect(stores[1].has(id)).toBe(true);
		expect(stores[1].has('shape:bad' as TLNoteShape['id'])).toBe(false);
		expect(changes.length).toBeGreaterThan(0);
		expect(changes.every((source) => source === 'remote')).toBe(true);
	});
});
