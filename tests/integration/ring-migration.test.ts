import type { TLRecord, TLShape } from '@tldraw/tldraw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { createBoardStore } from '../../src/lib/canvas/board-store.ts';
import { segmentAt } from '../../src/lib/canvas/shapes/stepfree-ring/ring-geometry.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { bindStoreToDoc } from '../../src/lib/canvas/sync/yjs-binding.ts';
import { createTestUser, type TestUser } from '../support/accounts.ts';
import { noteRecord } from '../support/tldraw-records.ts';
import {
	connectProvider,
	removeDir,
	startTestServer,
	waitFor,
	whenSynced,
	type TestServer
} from '../support/test-server.ts';

const SIZE = 1400;
const R = SIZE / 2;

let server: TestServer;
let user: TestUser;
let boardId: string;
const providers: ReturnType<typeof connectProvider>[] = [];
const client = (doc = new Y.Doc()) => {
	const provider = connectProvider(server.wsUrl, boardId, user.cookie, doc);
	providers.push(provider);
	return provider;
};

beforeEach(async () => {
	server = await startTestServer();
	user = await createTestUser(server.storage.db);
	boardId = (await server.boards.create('StepFree van vorig jaar', user.teamId, user.userId)).id;
});
afterEach(async () => {
	for (const provider of providers.splice(0)) provider.destroy();
	await server.stop();
	removeDir(server.dataDir);
});

/** The records of a board a nine-step version saved: the ring and one note in the middle of each old step. */
function nineStepBoard(): Record<string, unknown>[] {
	const base = { typeName: 'shape', rotation: 0, isLocked: false, opacity: 1, meta: {}, index: 'a1' };
	const notes = Array.from({ length: 9 }, (_, i) => {
		const angle = (((i + 0.5) * 40 - 90) * Math.PI) / 180;
		const note = noteRecord(`note${i + 1}`, `stap ${i + 1}`);
		return {
			...note,
			parentId: 'shape:ring',
			x: R + R * 0.66 * Math.cos(angle) - 100,
			y: R + R * 0.66 * Math.sin(angle) - 100
		};
	});
	return [
		{ id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} },
		{ id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} },
		{
			...base,
			id: 'shape:ring',
			type: 'stepfree-ring',
			parentId: 'page:page',
			x: 0,
			y: 0,
			props: { size: SIZE }
		},
		...notes
	];
}

describe('an old nine-step StepFree board', () => {
	it('opens through the server with every note in the step that now holds it, for everyone', async () => {
		// Saved by the old version: its records and the schema it wrote (no ring store sequence, ring props v0).
		const schema = createBoardStore().schema.serialize();
		const { 'com.werkbord.stepfree-ring': _new, ...sequences } = schema.sequences;
		const old = client();
		await whenSynced(old);
		old.doc.transact(() => {
			for (const record of nineStepBoard()) {
				boardRecords(old.doc).set(record.id as string, recordToYMap(record as unknown as TLRecord));
			}
			old.doc
				.getMap('tldraw_meta')
				.set('schema', { ...schema, sequences: { ...sequences, 'com.tldraw.shape.stepfree-ring': 0 } });
		});
		const watcher = client();
		await whenSynced(watcher);
		await waitFor(() => boardRecords(watcher.doc).size === 12, 'the old board on the server');
		old.destroy();

		// A new version opens it: the binding migrates and writes the result back.
		const opener = client();
		await whenSynced(opener);
		const store = createBoardStore();
		const unbind = bindStoreToDoc(store, opener.doc);
		const stepOf = (id: string) => {
			const note = store.get(id as TLShape['id']) as TLShape;
			return segmentAt(note.x + 100, note.y + 100, SIZE);
		};
		expect(Array.from({ length: 9 }, (_, i) => stepOf(`shape:note${i + 1}`))).toEqual([
			1, 2, 2, 3, 4, 5, 6, 7, 8
		]);
		expect(
			(store.get('shape:ring' as TLShape['id']) as TLShape & { props: { steps: number } }).props.steps
		).toBe(8);

		// Everyone else gets the moved notes through the server.
		const watched = (id: string) => {
			const map = boardRecords(watcher.doc).get(id)!;
			return segmentAt(Number(map.get('x')) + 100, Number(map.get('y')) + 100, SIZE);
		};
		await waitFor(() => watched('shape:note4') === 3, 'the moved notes to reach the others');
		expect(Array.from({ length: 9 }, (_, i) => watched(`shape:note${i + 1}`))).toEqual([
			1, 2, 2, 3, 4, 5, 6, 7, 8
		]);
		expect((boardRecords(watcher.doc).get('shape:ring')!.get('props') as Y.Map<unknown>).get('steps')).toBe(
			8
		);
		unbind();
	});
});
