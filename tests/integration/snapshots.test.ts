import type { TLRecord } from '@tldraw/tldraw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import { recordToYMap } from '../../src/lib/canvas/sync/record-codec.ts';
import type { StorageConfig } from '../../src/lib/server/db/index.ts';
import { autoSnapshotsToDrop, MAX_AUTO_SNAPSHOTS } from '../../src/lib/server/boards/board-history.ts';
import { BoardMemberRepository } from '../../src/lib/server/access/board-members.ts';
import { SnapshotService } from '../../src/lib/server/services/snapshot-service.ts';
import { failureOf } from '../support/services.ts';
import { createTestUser, principalOf, type TestUser } from '../support/accounts.ts';
import { backends } from '../support/backends.ts';
import { connectProvider, waitFor, whenSynced } from '../support/stock-client.ts';
import { noteRecord } from '../support/tldraw-records.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

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
	let config: { config: StorageConfig; cleanup(): Promise<void> };
	let server: TestServer;
	let owner: TestUser;
	let boardId: string;
	const providers: ReturnType<typeof connectProvider>[] = [];
	const client = async () => {
		const provider = connectProvider(server.wsUrl, boardId, owner.cookie);
		providers.push(provider);
		await whenSynced(provider);
		return provider;
	};

	beforeEach(async ({ skip }) => {
		if (backend.skip) skip();
		config = await backend.setup();
		server = await startTestServer({ storage: config.config });
		owner = await createTestUser(server.storage.db, 'Owner');
		boardId = (await server.boards.create('Workshop', owner.teamId, owner.userId)).id;
	});
	afterEach(async () => {
		for (const provider of providers.splice(0)) provider.destroy();
		await server?.stop();
		await config?.cleanup();
	});

	it('saves a named snapshot, and restores it as a change on top that everyone gets', async () => {
		const snapshots = new SnapshotService(server.storage.db);
		const facilitator = await principalOf(server.storage.db, owner);
		const board = await client();
		const records = boardRecords(board.doc);
		records.set('shape:a', recordToYMap(noteRecord('a', 'voor de pauze') as TLRecord));
		const watcher = await client();
		await waitFor(() => boardRecords(watcher.doc).has('shape:a'), 'the note on the server');

		const id = await snapshots.save(facilitator, boardId, 'Voor de pauze');
		records.get('shape:a')!.set('x', 999);
		records.set('shape:b', recordToYMap(noteRecord('b', 'na de pauze') as TLRecord));
		await waitFor(() => boardRecords(watcher.doc).has('shape:b'), 'the later change');

		// An editor may not restore (nor list).
		const editor = await createTestUser(server.storage.db, 'Editor');
		await new BoardMemberRepository(server.storage.db).setRole(boardId, editor.userId, 'editor');
		const asEditor = await principalOf(server.storage.db, editor);
		expect(await failureOf(snapshots.restore(asEditor, boardId, id))).toBe('access_denied');
		expect(await failureOf(snapshots.list(asEditor, boardId))).toBe('access_denied');

		await snapshots.restore(facilitator, boardId, id);
		await waitFor(() => !boardRecords(watcher.doc).has('shape:b'), 'the restore to reach others');
		// Each stored update says who sent it: the owner's edits are theirs, the restore the server's.
		const authors = await server.storage.db
			.selectFrom('board_updates')
			.select(['author_id', 'author_name'])
			.where('board_id', '=', boardId)
			.orderBy('seq')
			.execute();
		expect(authors.at(0)).toEqual({ author_id: owner.userId, author_name: 'Owner' });
		expect(authors.at(-1)).toEqual({ author_id: null, author_name: null });
		expect(boardRecords(watcher.doc).get('shape:a')!.get('x')).toBe(100);
		expect(boardRecords(board.doc).has('shape:b')).toBe(false);

		// The state before the restore was kept: restoring it undoes the restore.
		const list = await snapshots.list(facilitator, boardId);
		expect(list.map((s) => s.title)).toContain('Voor de pauze');
		const before = list.find((s) => s.title.startsWith('←'))!;
		expect(before.createdByName).toBe('Owner');
		await snapshots.restore(facilitator, boardId, before.id);
		await waitFor(() => boardRecords(watcher.doc).has('shape:b'), 'undoing the restore');
	});

	it('takes an automatic snapshot when the last person leaves a changed board', async () => {
		const board = await client();
		boardRecords(board.doc).set('shape:a', recordToYMap(noteRecord('a', 'iets') as TLRecord));
		const watcher = await client();
		await waitFor(() => boardRecords(watcher.doc).has('shape:a'), 'the note on the server');
		for (const provider of providers.splice(0)) provider.destroy();
		const snapshots = new SnapshotService(server.storage.db);
		const facilitator = await principalOf(server.storage.db, owner);
		// The room unloads after its grace period (200 ms here), snapshotting what changed.
		let autos = 0;
		for (let tries = 0; tries < 50 && autos === 0; tries++) {
			await new Promise((resolve) => setTimeout(resolve, 100));
			autos = (await snapshots.list(facilitator, boardId)).filter((s) => s.kind === 'auto').length;
		}
		expect(autos).toBe(1);
	});
});
