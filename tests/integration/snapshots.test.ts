import type { TLRecord } from '@tldraw/tldraw';
import { describe, expect, it } from 'vitest';
import { boardRecords, saveSchema, savedSchema } from '../../src/lib/board/board-doc.ts';
import { BOARD_SCHEMA } from '../../src/lib/board/board-schema.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import { autoSnapshotsToDrop, MAX_AUTO_SNAPSHOTS } from '../../src/lib/server/boards/board-history.ts';
import { BoardRepository } from '../../src/lib/server/boards/board-repository.ts';
import { BoardMemberRepository } from '../../src/lib/server/access/board-members.ts';
import { SnapshotService } from '../../src/lib/server/services/snapshot-service.ts';
import { failureOf } from '../support/services.ts';
import { createTestUser, principalOf } from '../support/accounts.ts';
import { backends } from '../support/backends.ts';
import { waitFor } from '../support/stock-client.ts';
import { noteRecord } from '../support/tldraw-records.ts';
import { boardPerTest } from '../support/board-per-test.ts';

const HOUR = 3_600_000;

describe('thinning automatic snapshots', () => {
	it('keeps the newest per hour for a day, per day for a month, nothing older, at most 100', () => {
		const now = 1_000 * 24 * HOUR;
		const at = (hoursAgo: number, id = `${hoursAgo}h`) => ({ id, createdAt: now - hoursAgo * HOUR });
		const drop = autoSnapshotsToDrop(
			[at(0.1), at(0.5), at(2.2), at(2.6), at(30), at(31), at(24 * 29), at(24 * 31)],
			now
		);
		expect(drop.sort()).toEqual(['0.5h', '2.6h', '31h', '744h'].sort());
		const many = Array.from({ length: 150 }, (_, i) => ({ id: `s${i}`, createdAt: now - i * 25 * HOUR }));
		expect(many.length - autoSnapshotsToDrop(many, now).length).toBeLessThanOrEqual(MAX_AUTO_SNAPSHOTS);
	});
});

describe.each(backends)('snapshots on $name', (backend) => {
	const world = boardPerTest(backend, 'Workshop');

	it('saves a named snapshot, and restores it as a change on top that everyone gets', async () => {
		const snapshots = new SnapshotService(world.server.storage.db);
		const facilitator = await principalOf(world.server.storage.db, world.owner);
		const board = await world.client();
		const records = boardRecords(board.doc);
		records.set('shape:a', recordToYMap(noteRecord('a', 'voor de pauze') as TLRecord));
		// Saved by an editor one note migration behind; a later one migrates the board after the snapshot.
		const older = { schemaVersion: 2, sequences: { ...BOARD_SCHEMA.sequences, 'com.tldraw.shape.note': 8 } };
		saveSchema(board.doc, older);
		const watcher = await world.client();
		await waitFor(() => boardRecords(watcher.doc).has('shape:a'), 'the note on the server');

		const id = await snapshots.save(facilitator, world.boardId, 'Voor de pauze');
		records.get('shape:a')!.set('x', 999);
		records.set('shape:b', recordToYMap(noteRecord('b', 'na de pauze') as TLRecord));
		saveSchema(board.doc, BOARD_SCHEMA);
		await waitFor(() => boardRecords(watcher.doc).has('shape:b'), 'the later change');

		// An editor may not restore (nor list).
		const editor = await createTestUser(world.server.storage.db, 'Editor');
		await new BoardMemberRepository(world.server.storage.db).setRole(world.boardId, editor.userId, 'editor');
		const asEditor = await principalOf(world.server.storage.db, editor);
		expect(await failureOf(snapshots.restore(asEditor, world.boardId, id))).toBe('access_denied');
		expect(await failureOf(snapshots.list(asEditor, world.boardId))).toBe('access_denied');

		// Looked at before restoring: the snapshot as it was, and the board now to compare it with.
		const view = await snapshots.view(facilitator, world.boardId, id);
		expect(view.entry).toMatchObject({ title: 'Voor de pauze', createdByName: 'Owner' });
		const ids = (records: Record<string, unknown>[]) =>
			records.map((r) => r.id).filter((r) => String(r).startsWith('shape:'));
		expect(ids(view.then.records)).toEqual(['shape:a']);
		expect(ids(view.now.records).sort()).toEqual(['shape:a', 'shape:b']);
		expect(await failureOf(snapshots.view(asEditor, world.boardId, id))).toBe('access_denied');
		expect(await failureOf(snapshots.view(facilitator, world.boardId, 'made-up'))).toBe('board_not_found');

		await snapshots.restore(facilitator, world.boardId, id);
		await waitFor(() => !boardRecords(watcher.doc).has('shape:b'), 'the restore to reach others');
		// Each stored update says who sent it: the world.owner's edits are theirs, the restore the server's.
		const authors = await world.server.storage.db
			.selectFrom('board_updates')
			.select(['author_id', 'author_name'])
			.where('board_id', '=', world.boardId)
			.orderBy('seq')
			.execute();
		expect(authors.at(0)).toEqual({ author_id: world.owner.userId, author_name: 'Owner' });
		expect(authors.at(-1)).toEqual({ author_id: null, author_name: null });
		expect(boardRecords(watcher.doc).get('shape:a')!.get('x')).toBe(100);
		expect(boardRecords(board.doc).has('shape:b')).toBe(false);
		// The records are the snapshot's again, so is the schema they follow: an editor migrates them.
		expect(savedSchema(watcher.doc)).toEqual(older);

		// The state before the restore was kept: restoring it undoes the restore.
		const list = await snapshots.list(facilitator, world.boardId);
		expect(list.map((s) => s.title)).toContain('Voor de pauze');
		const before = list.find((s) => s.title.startsWith('←'))!;
		expect(before.createdByName).toBe('Owner');
		await snapshots.restore(facilitator, world.boardId, before.id);
		await waitFor(() => boardRecords(watcher.doc).has('shape:b'), 'undoing the restore');
	});

	it('takes an automatic snapshot when the last person leaves a changed board', async () => {
		const board = await world.client();
		boardRecords(board.doc).set('shape:a', recordToYMap(noteRecord('a', 'iets') as TLRecord));
		const watcher = await world.client();
		await waitFor(() => boardRecords(watcher.doc).has('shape:a'), 'the note on the server');
		world.disconnectAll();
		const snapshots = new SnapshotService(world.server.storage.db);
		const facilitator = await principalOf(world.server.storage.db, world.owner);
		// The room unloads after its grace period (200 ms here), snapshotting what changed.
		let autos = 0;
		for (let tries = 0; tries < 50 && autos === 0; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			autos = (await snapshots.list(facilitator, world.boardId)).filter((s) => s.kind === 'auto').length;
		}
		expect(autos).toBe(1);
		// With it, the home page's picture of the board: the one note, as a note.
		const boards = new BoardRepository(world.server.storage.db);
		let stored = await boards.get(world.boardId);
		for (let tries = 0; tries < 50 && !stored?.thumbnail; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			stored = await boards.get(world.boardId);
		}
		expect(stored!.thumbnail?.shapes).toEqual([[0, 0, 240, 240, 'note']]);
	});
});
