import type { TLShape } from '@tldraw/tldraw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { createBoardStore } from '../../src/lib/canvas/board-store.ts';
import { segmentAt } from '../../src/lib/canvas/shapes/stepfree-ring/ring-geometry.ts';
import { bindStoreToDoc } from '../../src/lib/canvas/sync/yjs-binding.ts';
import { createTestUser, type TestUser } from '../support/accounts.ts';
import {
	NINE_STEP_RING_SIZE,
	STEPS_AFTER_MIGRATION,
	writeNineStepBoard
} from '../support/nine-step-board.ts';
import { removeDir, startTestServer, type TestServer } from '../support/test-server.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';

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

describe('an old nine-step StepFree board', () => {
	it('opens through the server with every note in the step that now holds it, for everyone', async () => {
		// Saved by the old version: its records and the schema it wrote (no ring store sequence, ring props v0).
		const old = client();
		await whenSynced(old);
		writeNineStepBoard(old.doc, createBoardStore().schema.serialize());
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
			return segmentAt(note.x + 100, note.y + 100, NINE_STEP_RING_SIZE);
		};
		expect(Array.from({ length: 9 }, (_, i) => stepOf(`shape:note${i + 1}`))).toEqual(STEPS_AFTER_MIGRATION);
		expect(
			(store.get('shape:ring' as TLShape['id']) as TLShape & { props: { steps: number } }).props.steps
		).toBe(8);

		// Everyone else gets the moved notes through the server.
		const watched = (id: string) => {
			const map = boardRecords(watcher.doc).get(id)!;
			return segmentAt(Number(map.get('x')) + 100, Number(map.get('y')) + 100, NINE_STEP_RING_SIZE);
		};
		await waitFor(() => watched('shape:note4') === 3, 'the moved notes to reach the others');
		expect(Array.from({ length: 9 }, (_, i) => watched(`shape:note${i + 1}`))).toEqual(STEPS_AFTER_MIGRATION);
		expect((boardRecords(watcher.doc).get('shape:ring')!.get('props') as Y.Map<unknown>).get('steps')).toBe(
			8
		);
		unbind();
	});
});
