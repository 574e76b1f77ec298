import { PostgresAdapter, sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** The few column types that differ between SQLite and PostgreSQL. */
function columnTypes(db: Kysely<unknown>) {
	const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
	return { bytes: postgres ? 'bytea' : 'blob', timestamp: 'bigint' } as const;
}

/** What a column may hold, checked by the database itself (0003); `otherwise` repairs older rows. */
type ColumnRule =
	| { integer: 'required' | 'nullable' }
	| { oneOf: readonly string[]; otherwise: string }
	| { oneOf: readonly number[] };

const INTEGER = { integer: 'required' } as const;
const OPTIONAL_INTEGER = { integer: 'nullable' } as const;
const BOARD_ROLE = { oneOf: ['facilitator', 'editor', 'viewer'], otherwise: 'viewer' } as const;

/**
 * The columns whose values the application computes from user input: timestamps and roles. Written
 * out here, not imported, because a shipped migration must never change with the code.
 */
const CHECKED_COLUMNS_0003: Record<string, Record<string, ColumnRule>> = {
	boards: { created_at: INTEGER, updated_at: INTEGER, deleted_at: OPTIONAL_INTEGER },
	board_updates: { seq: INTEGER, created_at: INTEGER },
	board_snapshots: { seq: INTEGER, updated_at: INTEGER },
	users: { created_at: INTEGER },
	guests: { created_at: INTEGER },
	sessions: { expires_at: INTEGER, created_at: INTEGER },
	login_throttle: { failures: INTEGER, last_failure_at: INTEGER, blocked_until: INTEGER },
	teams: { created_at: INTEGER },
	team_members: { role: { oneOf: ['owner', 'member'], otherwise: 'member' }, joined_at: INTEGER },
	team_invites: { created_at: INTEGER, revoked_at: OPTIONAL_INTEGER },
	board_members: { role: BOARD_ROLE, added_at: INTEGER },
	share_links: {
		role: { oneOf: ['editor', 'viewer'], otherwise: 'viewer' },
		allow_guests: { oneOf: [0, 1] },
		expires_at: OPTIONAL_INTEGER,
		revoked_at: OPTIONAL_INTEGER,
		created_at: INTEGER
	}
};

const sqlValue = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v}'`);

/** The SQL condition a column must meet; `row` is `new.` inside an SQLite trigger. */
function columnCheck(column: string, rule: ColumnRule, row = ''): string {
	const ref = `${row}${column}`;
	if ('oneOf' in rule) return `${ref} in (${rule.oneOf.map(sqlValue).join(', ')})`;
	// PostgreSQL's bigint columns hold nothing but integers; SQLite must be told.
	const integer = row ? `typeof(${ref}) = 'integer'` : 'true';
	return rule.integer === 'nullable' ? `(${ref} is null or ${integer})` : integer;
}

/** Rows written before the checks existed, made to pass them. */
async function repairColumns(db: Kysely<unknown>, postgres: boolean): Promise<void> {
	const run = (statement: string) => sql.raw(statement).execute(db);
	// A link whose expiry cannot be read is expired rather than guessed.
	if (!postgres)
		await run(
			`update share_links set expires_at = created_at where not ${columnCheck('expires_at', OPTIONAL_INTEGER, 'share_links.')}`
		);
	for (const [table, columns] of Object.entries(CHECKED_COLUMNS_0003)) {
		for (const [column, rule] of Object.entries(columns)) {
			if ('otherwise' in rule)
				await run(
					`update ${table} set ${column} = '${rule.otherwise}' where not ${columnCheck(column, rule)}`
				);
			else if ('integer' in rule && !postgres)
				await run(
					`update ${table} set ${column} = cast(${column} as integer) where typeof(${column}) = 'text'`
				);
		}
	}
}

/** CHECK constraints on PostgreSQL; on SQLite (which cannot add them to a table) triggers that abort. */
async function addColumnChecks(db: Kysely<unknown>, postgres: boolean): Promise<void> {
	const run = (statement: string) => sql.raw(statement).execute(db);
	for (const [table, columns] of Object.entries(CHECKED_COLUMNS_0003)) {
		if (postgres) {
			for (const [column, rule] of Object.entries(columns)) {
				if ('oneOf' in rule)
					await run(
						`alter table ${table} add constraint ${table}_${column}_check check (${columnCheck(column, rule)})`
					);
			}
			continue;
		}
		const valid = Object.entries(columns)
			.map(([column, rule]) => columnCheck(column, rule, 'new.'))
			.join(' and ');
		for (const event of ['insert', 'update']) {
			await run(
				`create trigger ${table}_check_${event} before ${event} on ${table} when not (${valid}) ` +
					`begin select raise(abort, '${table}: a value has the wrong type or is not allowed'); end`
			);
		}
	}
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
	},
	'0003_column_checks': {
		/**
		 * The database refuses what the application must never write: a timestamp that is not an
		 * integer, a role outside its list.
		 */
		async up(db: Kysely<unknown>) {
			const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
			await repairColumns(db, postgres);
			await addColumnChecks(db, postgres);
		}
	},
	'0004_board_votes': {
		/** Dot-vote ballots: kept by the server, so an anonymous or hidden count is never sent early. */
		async up(db: Kysely<unknown>) {
			const t = columnTypes(db);
			await db.schema
				.createTable('board_votes')
				.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
				.addColumn('vote_id', 'text', (c) => c.notNull())
				.addColumn('voter_id', 'text', (c) => c.notNull())
				.addColumn('voter_name', 'text', (c) => c.notNull())
				.addColumn('target', 'text', (c) => c.notNull())
				.addColumn('count', 'integer', (c) => c.notNull())
				.addColumn('updated_at', t.timestamp, (c) => c.notNull())
				.addPrimaryKeyConstraint('board_votes_pk', ['board_id', 'vote_id', 'voter_id', 'target'])
				.addCheckConstraint('board_votes_count', sql`count > 0`)
				.execute();
		}
	},
	'0005_board_private_notes': {
		/** Each participant's private notes in a private brainstorm, until the facilitator reveals them. */
		async up(db: Kysely<unknown>) {
			const t = columnTypes(db);
			await db.schema
				.createTable('board_private_notes')
				.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
				.addColumn('owner_id', 'text', (c) => c.notNull())
				.addColumn('seq', 'integer', (c) => c.notNull())
				.addColumn('data', t.bytes, (c) => c.notNull())
				.addColumn('updated_at', t.timestamp, (c) => c.notNull())
				.addPrimaryKeyConstraint('board_private_notes_pk', ['board_id', 'owner_id'])
				.execute();
		}
	},
	'0006_board_history': {
		/** Named snapshots a facilitator saves, and automatic ones while a board is used. */
		async up(db: Kysely<unknown>) {
			const t = columnTypes(db);
			await db.schema
				.createTable('board_history')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
				.addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('named', 'auto')`))
				.addColumn('title', 'text', (c) => c.notNull())
				.addColumn('created_by', 'text')
				.addColumn('created_by_name', 'text')
				.addColumn('data', t.bytes, (c) => c.notNull())
				.addColumn('created_at', t.timestamp, (c) => c.notNull())
				.execute();
			await db.schema
				.createIndex('board_history_board')
				.on('board_history')
				.columns(['board_id', 'created_at'])
				.execute();
		}
	},
	'0007_update_authors': {
		/** Who sent each stored update: the account or guest on the socket (none: the server itself). */
		async up(db: Kysely<unknown>) {
			await db.schema.alterTable('board_updates').addColumn('author_id', 'text').execute();
			await db.schema.alterTable('board_updates').addColumn('author_name', 'text').execute();
		}
	},
	'0008_board_contributions': {
		/** Who created or changed which shape, kept apart from the log (which compaction folds away). */
		async up(db: Kysely<unknown>) {
			const t = columnTypes(db);
			await db.schema
				.createTable('board_contributions')
				.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
				.addColumn('author_id', 'text', (c) => c.notNull())
				.addColumn('author_name', 'text', (c) => c.notNull())
				.addColumn('record_id', 'text', (c) => c.notNull())
				.addColumn('created', 'integer', (c) => c.notNull())
				.addColumn('changes', 'integer', (c) => c.notNull())
				.addColumn('field_changes', 'integer', (c) => c.notNull())
				.addColumn('updated_at', t.timestamp, (c) => c.notNull())
				.addPrimaryKeyConstraint('board_contributions_pk', ['board_id', 'author_id', 'record_id'])
				.execute();
		}
	},
	'0009_viewers_export': {
		/** Whether the board's viewers may export it too (a facilitator's choice; off by default). */
		async up(db: Kysely<unknown>) {
			await db.schema
				.alterTable('boards')
				.addColumn('viewers_export', 'integer', (c) => c.notNull().defaultTo(0))
				.execute();
		}
	},
	'0010_history_contributions': {
		/** Who had done what when a snapshot was saved: the teacher's "since this snapshot". */
		async up(db: Kysely<unknown>) {
			await db.schema.alterTable('board_history').addColumn('contributions', 'text').execute();
		}
	},
	'0011_board_thumbnails': {
		/** The board drawn small for the home page (board-thumbnail.ts), kept up to date by the sync server. */
		async up(db: Kysely<unknown>) {
			await db.schema.alterTable('boards').addColumn('thumbnail', 'text').execute();
		}
	},
	'0012_board_update_seq': {
		/**
		 * The last sequence number given to one of the board's logged updates. Appends take their
		 * numbers from it under the row's lock, so several server instances writing one board's log
		 * commit its updates in number order, without gaps.
		 */
		async up(db: Kysely<unknown>) {
			await db.schema
				.alterTable('boards')
				.addColumn('update_seq', 'bigint', (c) => c.notNull().defaultTo(0))
				.execute();
			await sql`update boards set update_seq = coalesce(
				(select max(seq) from board_updates where board_updates.board_id = boards.id),
				(select seq from board_snapshots where board_snapshots.board_id = boards.id),
				0)`.execute(db);
		}
	}
};
