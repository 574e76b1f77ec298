import { PostgresAdapter, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** The few column types that differ between SQLite and PostgreSQL. */
function columnTypes(db: Kysely<unknown>) {
	const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
	return { bytes: postgres ? 'bytea' : 'blob', timestamp: 'bigint' } as const;
}

/**
 * Numbered migrations, applied in key order by Kysely's migrator on every start.
 * Never edit one that has shipped: add the next number.
 */
export const migrations: Record<string, Migration> = {
	'0001_boards_and_document_log': {
		async up(db: Kysely<unknown>) {
			const t = columnTypes(db);
			await db.schema
				.createTable('boards')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('title', 'text', (c) => c.notNull())
				.addColumn('template', 'text', (c) => c.notNull().defaultTo('blank'))
				.addColumn('created_at', t.timestamp, (c) => c.notNull())
				.addColumn('updated_at', t.timestamp, (c) => c.notNull())
				.addColumn('deleted_at', t.timestamp)
				.execute();
			await db.schema
				.createIndex('boards_updated_at')
				.on('boards')
				.columns(['deleted_at', 'updated_at'])
				.execute();
			await db.schema
				.createTable('board_updates')
				.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
				.addColumn('seq', 'integer', (c) => c.notNull())
				.addColumn('data', t.bytes, (c) => c.notNull())
				.addColumn('created_at', t.timestamp, (c) => c.notNull())
				.addPrimaryKeyConstraint('board_updates_pk', ['board_id', 'seq'])
				.execute();
			await db.schema
				.createTable('board_snapshots')
				.addColumn('board_id', 'text', (c) => c.primaryKey().references('boards.id').onDelete('cascade'))
				.addColumn('seq', 'integer', (c) => c.notNull())
				.addColumn('data', t.bytes, (c) => c.notNull())
				.addColumn('updated_at', t.timestamp, (c) => c.notNull())
				.execute();
		}
	},
	'0002_accounts_teams_and_access': {
		async up(db: Kysely<unknown>) {
			const t = columnTypes(db);
			await db.schema
				.createTable('users')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('email', 'text', (c) => c.notNull().unique())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('password_hash', 'text', (c) => c.notNull())
				.addColumn('created_at', t.timestamp, (c) => c.notNull())
				.execute();
			await db.schema
				.createTable('teams')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('created_at', t.timestamp, (c) => c.notNull())
				.execute();
			await db.schema
				.createTable('team_members')
				.addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
				.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
				.addColumn('role', 'text', (c) => c.notNull())
				.addColumn('joined_at', t.timestamp, (c) => c.notNull())
				.addPrimaryKeyConstraint('team_members_pk', ['team_id', 'user_id'])
				.execute();
			await db.schema.createIndex('team_members_user').on('team_members').column('user_id').execute();
			await db.schema
				.createTable('team_invites')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('token_hash', 'text', (c) => c.notNull().unique())
				.addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
				.addColumn('created_by', 'text', (c) => c.notNull())
				.addColumn('created_at', t.timestamp, (c) => c.notNull())
				.addColumn('revoked_at', t.timestamp)
				.execute();
			await db.schema.alterTable('boards').addColumn('team_id', 'text').execute();
			await db.schema.alterTable('boards').addColumn('created_by', 'text').execute();
			await db.schema.createIndex('boards_team').on('boards').column('team_id').execute();
			await db.schema
				.createTable('board_members')
				.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
				.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
				.addColumn('role', 'text', (c) => c.notNull())
				.addColumn('added_at', t.timestamp, (c) => c.notNull())
				.addPrimaryKeyConstraint('board_members_pk', ['board_id', 'user_id'])
				.execute();
			await db.schema.createIndex('board_members_user').on('board_members').column('user_id').execute();
			await db.schema
				.createTable('share_links')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('token_hash', 'text', (c) => c.notNull().unique())
				.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
				.addColumn('role', 'text', (c) => c.notNull())
				.addColumn('allow_guests', 'integer', (c) => c.notNull().defaultTo(0))
				.addColumn('expires_at', t.timestamp)
				.addColumn('revoked_at', t.timestamp)
				.addColumn('created_by', 'text', (c) => c.notNull())
				.addColumn('created_at', t.timestamp, (c) => c.notNull())
				.execute();
			await db.schema.createIndex('share_links_board').on('share_links').column('board_id').execute();
			await db.schema
				.createTable('guests')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('name', 'text', (c) => c.notNull())
				.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
				.addColumn('share_link_id', 'text', (c) =>
					c.notNull().references('share_links.id').onDelete('cascade')
				)
				.addColumn('created_at', t.timestamp, (c) => c.notNull())
				.execute();
			await db.schema
				.createTable('sessions')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('secret_hash', 'text', (c) => c.notNull())
				.addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
				.addColumn('guest_id', 'text', (c) => c.references('guests.id').onDelete('cascade'))
				.addColumn('expires_at', t.timestamp, (c) => c.notNull())
				.addColumn('created_at', t.timestamp, (c) => c.notNull())
				.execute();
			await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
			await db.schema
				.createTable('login_throttle')
				.addColumn('key', 'text', (c) => c.primaryKey())
				.addColumn('failures', 'integer', (c) => c.notNull())
				.addColumn('last_failure_at', t.timestamp, (c) => c.notNull())
				.addColumn('blocked_until', t.timestamp, (c) => c.notNull())
				.execute();
		}
	}
};
