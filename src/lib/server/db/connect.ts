import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import { SqliteDialect } from 'kysely-sqlite';
import pg from 'pg';
import { migrations } from './migrations.ts';
import type { Database } from './schema.ts';

export interface StorageConfig {
	/** Folder for the embedded SQLite database (used when no `databaseUrl` is given). */
	dataDir: string;
	/** PostgreSQL connection string; when set, PostgreSQL is used instead of SQLite. */
	databaseUrl?: string;
}

export interface Storage {
	db: Kysely<Database>;
	kind: 'sqlite' | 'postgres';
	close(): Promise<void>;
}

export function storageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StorageConfig {
	return { dataDir: env.DATA_DIR || './data', databaseUrl: env.DATABASE_URL || undefined };
}

/** Opens the configured database and brings its schema up to date. */
export async function openStorage(config: StorageConfig): Promise<Storage> {
	const storage = config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.dataDir);
	try {
		await migrate(storage);
	} catch (error) {
		await storage.close();
		throw error;
	}
	return storage;
}

function openSqlite(dataDir: string): Storage {
	mkdirSync(dataDir, { recursive: true });
	const database = new DatabaseSync(join(dataDir, 'werkbord.db'));
	// WAL keeps readers off the writer's back; NORMAL sync survives a process crash (not a power cut).
	database.exec(
		'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;'
	);
	const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
	return { db, kind: 'sqlite', close: () => db.destroy() };
}

function openPostgres(connectionString: string): Storage {
	const pool = new pg.Pool({
		connectionString,
		max: 10,
		// 64-bit integers hold millisecond timestamps, well inside Number's exact range.
		types: {
			getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
				oid === pg.types.builtins.INT8
					? Number
					: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
		}
	});
	// An idle client losing its connection must not take the process down; the next query reports it.
	pool.on('error', (error) => console.error('[storage] idle PostgreSQL connection failed:', error.message));
	const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
	return { db, kind: 'postgres', close: () => db.destroy() };
}

async function migrate({ db, kind }: Storage): Promise<void> {
	// Kysely looks for its bookkeeping tables in every schema; pinning them to ours keeps several
	// instances (or test runs) in one PostgreSQL database apart.
	const migrationTableSchema =
		kind === 'postgres'
			? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema
			: undefined;
	const migrator = new Migrator({
		db,
		provider: { getMigrations: async () => migrations },
		migrationTableSchema
	});
	const { error, results } = await migrator.migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error || failed) {
		throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
	}
}
