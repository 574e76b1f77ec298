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
	}
};
