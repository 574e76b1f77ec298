import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely } from 'kysely';
import { Migrator } from 'kysely/migration';
import { SqliteDialect } from 'kysely-sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { ShareLinkRepository } from '../../src/lib/server/access/share-links.ts';
import { openStorage } from '../../src/lib/server/db/index.ts';
import { migrations } from '../../src/lib/server/db/migrations.ts';
import type { Database } from '../../src/lib/server/db/schema.ts';
import { createTestBoard } from '../support/accounts.ts';
import { removeDir } from '../support/test-server.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

/** An SQLite database migrated only up to `last`, as an older release left it. */
async function olderDatabase(last: string) {
	const dataDir = mkdtempSync(join(tmpdir(), 'werkbord-migrate-'));
	dirs.push(dataDir);
	const db = new Kysely<Database>({
		dialect: new SqliteDialect({ database: new DatabaseSync(join(dataDir, 'werkbord.db')) })
	});
	const older = Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= last));
	await new Migrator({ db, provider: { getMigrations: async () => older } }).migrateToLatest();
	return { db, dataDir };
}

describe('migration 0003: column checks', () => {
	it('repairs a share link stored with an unreadable expiry (it expires) and an unknown role', async () => {
		const { db, dataDir } = await olderDatabase('0002_accounts_teams_and_access');
		const board = await createTestBoard(db, 'Kapotte link');
		const row = {
			token_hash: 'hash',
			board_id: board.id,
			allow_guests: 0,
			revoked_at: null,
			created_by: board.owner.userId,
			created_at: 1_700_000_000_000
		};
		await db
			.insertInto('share_links')
			.values([
				{
					...row,
					id: 'broken',
					role: 'editor',
					expires_at: '1795536726956[object Object]' as unknown as number
				},
				{ ...row, id: 'odd-role', token_hash: 'hash2', role: '__proto__' as 'viewer', expires_at: null }
			])
			.execute();
		await db.destroy();

		const storage = await openStorage({ dataDir });
		const links = await storage.db
			.selectFrom('share_links')
			.select(['id', 'role', 'expires_at'])
			.orderBy('id')
			.execute();
		expect(links).toEqual([
			{ id: 'broken', role: 'editor', expires_at: 1_700_000_000_000 },
			{ id: 'odd-role', role: 'viewer', expires_at: null }
		]);
		expect((await new ShareLinkRepository(storage.db).active(board.id)).map((l) => l.id)).toEqual([
			'odd-role'
		]);
		await storage.close();
	});
});
