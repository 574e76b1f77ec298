import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestUser } from '../support/accounts.ts';
import { BoardRepository, normalizeTitle } from '../../src/lib/server/boards/board-repository.ts';
import { DocumentLog } from '../../src/lib/server/boards/document-log.ts';
import { PrivateNotesStore, privateNotesKey } from '../../src/lib/server/boards/private-notes.ts';
import { openStorage, type Storage, type StorageConfig } from '../../src/lib/server/db/index.ts';
import { backends } from '../support/backends.ts';

function updateSetting(key: string, value: string): Uint8Array {
	const doc = new Y.Doc();
	doc.getMap('records').set(key, value);
	return Y.encodeStateAsUpdate(doc);
}

describe.each(backends)('storage on $name', (backend) => {
	let storage: Storage | undefined;
	let config: StorageConfig;
	let cleanup: (() => Promise<void>) | undefined;

	beforeAll(async () => {
		if (backend.skip) return;
		({ config, cleanup } = await backend.setup());
		storage = await openStorage(config);
	});

	afterAll(async () => {
		if (backend.skip) return;
		await storage?.close();
		await cleanup?.();
	});

	it.skipIf(backend.skip)('creates, lists, renames and soft-deletes boards', async () => {
		const boards = new BoardRepository(storage!.db);
		const owner = await createTestUser(storage!.db);
		const first = await boards.create('Persona workshop', owner.teamId, owner.userId);
		const second = await boards.create('POST-model <script>', owner.teamId, owner.userId);
		expect(first.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(first.id).not.toBe(second.id);
		expect(await boards.rename(first.id, 'Persona workshop groep 3')).toBe(true);
		const listed = await boards.listForUser(owner.userId);
		expect(listed.map((b) => b.title)).toEqual(['Persona workshop groep 3', 'POST-model <script>']);
		expect(typeof listed[0]?.updatedAt).toBe('number');
		expect(await boards.softDelete(second.id)).toBe(true);
		expect(await boards.get(second.id)).toBeNull();
		expect(await boards.rename(second.id, 'x')).toBe(false);
		expect((await boards.listForUser(owner.userId)).map((b) => b.id)).toEqual([first.id]);
		const stranger = await createTestUser(storage!.db, 'Stranger');
		expect(await boards.listForUser(stranger.userId)).toEqual([]);
		expect(await boards.get('../etc/passwd')).toBeNull();
	});

	it.skipIf(backend.skip)('loads the whole board while a compaction runs at the same time', async () => {
		const boards = new BoardRepository(storage!.db);
		const log = new DocumentLog(storage!.db);
		const owner = await createTestUser(storage!.db);
		const { id } = await boards.create('Busy', owner.teamId, owner.userId);
		const reference = new Y.Doc();
		const loads: Promise<void>[] = [];
		for (let seq = 1; seq <= 60; seq++) {
			const update = updateSetting(`k${seq}`, String(seq));
			Y.applyUpdate(reference, update);
			expect(await log.append(id, [{ data: update }])).toBe(seq);
			// A load and a compaction of everything so far, racing each other.
			const expected = seq;
			loads.push(
				log.load(id).then((stored) => {
					const doc = new Y.Doc();
					if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
					for (const update of stored.updates) Y.applyUpdate(doc, update.data);
					const missing = Array.from({ length: expected }, (_, i) => `k${i + 1}`).filter(
						(key) => !doc.getMap('records').has(key)
					);
					expect(missing, `a load started after update ${expected}`).toEqual([]);
				})
			);
			if (seq % 3 === 0) loads.push(log.compact(id, Y.encodeStateAsUpdate(reference), seq));
		}
		await Promise.all(loads);
	});

	// Several instances share PostgreSQL only (SQLite is one process's: REDIS_URL requires DATABASE_URL).
	it.skipIf(backend.skip || backend.name === 'SQLite')(
		'numbers the updates of writers on separate connections once each, in commit order',
		async () => {
			// Two instances: each its own connection pool, appending at once.
			const other = await openStorage(config);
			const owner = await createTestUser(storage!.db);
			const { id } = await new BoardRepository(storage!.db).create('Two writers', owner.teamId, owner.userId);
			const logs = [new DocumentLog(storage!.db), new DocumentLog(other.db)];
			const lasts = await Promise.all(
				Array.from({ length: 40 }, (_, i) =>
					logs[i % 2]!.append(id, [
						{ data: updateSetting(`k${i}`, 'a') },
						{ data: updateSetting(`l${i}`, 'b') }
					])
				)
			);
			await other.close();
			const seqs = (await logs[0]!.load(id)).updates.map((update) => update.seq);
			expect(seqs).toEqual(Array.from({ length: 80 }, (_, i) => i + 1));
			expect([...lasts].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => 2 * (i + 1)));
		}
	);

	it.skipIf(backend.skip || backend.name === 'SQLite')(
		"keeps every private note when two instances write a participant's notes at once",
		async () => {
			const other = await openStorage(config);
			const owner = await createTestUser(storage!.db);
			const { id } = await new BoardRepository(storage!.db).create('Private', owner.teamId, owner.userId);
			const key = privateNotesKey(id, owner.userId);
			const stores = [new PrivateNotesStore(storage!.db), new PrivateNotesStore(other.db)];
			await Promise.all(
				Array.from({ length: 30 }, (_, i) =>
					stores[i % 2]!.append(key, [{ data: updateSetting(`note${i}`, 'x') }])
				)
			);
			await other.close();
			const stored = await stores[0]!.load(key);
			const doc = new Y.Doc();
			Y.applyUpdate(doc, stored.snapshot!);
			expect(doc.getMap('records').size).toBe(30);
			expect(stored.snapshotSeq).toBe(30);
		}
	);

	it.skipIf(backend.skip)(
		'never replaces a snapshot by an older one (an instance lagging behind)',
		async () => {
			const owner = await createTestUser(storage!.db);
			const { id } = await new BoardRepository(storage!.db).create('Lagging', owner.teamId, owner.userId);
			const log = new DocumentLog(storage!.db);
			const updates = [updateSetting('a', '1'), updateSetting('b', '2'), updateSetting('c', '3')];
			for (const data of updates) await log.append(id, [{ data }]);
			const full = new Y.Doc();
			for (const update of updates) Y.applyUpdate(full, update);
			const lagging = new Y.Doc();
			Y.applyUpdate(lagging, updates[0]!);
			await log.compact(id, Y.encodeStateAsUpdate(full), 3);
			await log.compact(id, Y.encodeStateAsUpdate(lagging), 1);
			const stored = await log.load(id);
			expect(stored.snapshotSeq).toBe(3);
			const reloaded = new Y.Doc();
			Y.applyUpdate(reloaded, stored.snapshot!);
			expect(reloaded.getMap('records').toJSON()).toEqual({ a: '1', b: '2', c: '3' });
			// And a room that read the log through 1 gets what it lacks: the newer snapshot.
			expect((await log.load(id, 1)).snapshotSeq).toBe(3);
			expect((await log.load(id, 3)).snapshot).toBeNull();
		}
	);

	it.skipIf(backend.skip)('round-trips the update log and compacts it into a snapshot', async () => {
		const boards = new BoardRepository(storage!.db);
		const log = new DocumentLog(storage!.db);
		const owner = await createTestUser(storage!.db);
		const { id } = await boards.create('Log', owner.teamId, owner.userId);
		const updates = [updateSetting('a', '1'), updateSetting('b', '2'), updateSetting('c', '3')];
		expect(await log.append(id, [{ data: updates[0]! }, { data: updates[1]! }])).toBe(2);
		expect(await log.append(id, [{ data: updates[2]! }])).toBe(3);

		let stored = await log.load(id);
		expect(stored.snapshot).toBeNull();
		expect(stored.updates.map((u) => u.seq)).toEqual([1, 2, 3]);
		expect(Buffer.from(stored.updates[1]!.data)).toEqual(Buffer.from(updates[1]!));

		const doc = new Y.Doc();
		for (const u of stored.updates) Y.applyUpdate(doc, u.data);
		await log.compact(id, Y.encodeStateAsUpdate(doc), 2);
		stored = await log.load(id);
		expect(stored.snapshotSeq).toBe(2);
		expect(stored.updates.map((u) => u.seq)).toEqual([3]);

		const reloaded = new Y.Doc();
		Y.applyUpdate(reloaded, stored.snapshot!);
		for (const u of stored.updates) Y.applyUpdate(reloaded, u.data);
		expect(reloaded.getMap('records').toJSON()).toEqual({ a: '1', b: '2', c: '3' });
	});

	it.skipIf(backend.skip)(
		'refuses rows the application must never write: a text timestamp, an unknown role',
		async () => {
			const db = storage!.db;
			const owner = await createTestUser(db);
			const { id: boardId } = await new BoardRepository(db).create('Links', owner.teamId, owner.userId);
			const link = (id: string, changes: object) => ({
				id,
				token_hash: id,
				board_id: boardId,
				role: 'editor' as const,
				allow_guests: 0,
				expires_at: null,
				revoked_at: null,
				created_by: owner.userId,
				created_at: Date.now(),
				...changes
			});
			const insert = (row: ReturnType<typeof link>) => db.insertInto('share_links').values(row).execute();
			await expect(insert(link('a', { expires_at: `${Date.now()}[object Object]` }))).rejects.toThrow();
			await expect(insert(link('b', { role: 'owner' }))).rejects.toThrow();
			await expect(insert(link('c', { allow_guests: 2 }))).rejects.toThrow();
			await insert(link('d', { expires_at: Date.now() + 1_000 }));
			await expect(
				db
					.updateTable('share_links')
					.set({ revoked_at: 'soon' as unknown as number })
					.where('id', '=', 'd')
					.execute()
			).rejects.toThrow();
			await expect(
				db
					.updateTable('board_members')
					.set({ role: '__proto__' as 'viewer' })
					.where('board_id', '=', boardId)
					.execute()
					.then(() =>
						db
							.insertInto('board_members')
							.values({
								board_id: boardId,
								user_id: owner.userId,
								role: '__proto__' as 'viewer',
								added_at: 1
							})
							.execute()
					)
			).rejects.toThrow();
			expect(
				(await db.selectFrom('share_links').select('id').where('board_id', '=', boardId).execute()).map(
					(r) => r.id
				)
			).toEqual(['d']);
		}
	);

	it.skipIf(backend.skip)('keeps data and migrations across reopening', async () => {
		const boards = new BoardRepository(storage!.db);
		const owner = await createTestUser(storage!.db);
		const { id } = await boards.create('Blijft bestaan', owner.teamId, owner.userId);
		await storage!.close();
		storage = await openStorage(config);
		expect((await new BoardRepository(storage!.db).get(id))?.title).toBe('Blijft bestaan');
	});
});

describe('normalizeTitle', () => {
	it('trims, collapses whitespace and rejects empty or overlong titles', () => {
		expect(normalizeTitle('  Social   media plan ')).toBe('Social media plan');
		expect(normalizeTitle('   ')).toBeNull();
		expect(normalizeTitle('x'.repeat(121))).toBeNull();
		expect(normalizeTitle(42)).toBeNull();
	});
});
