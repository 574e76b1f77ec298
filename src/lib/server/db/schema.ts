import type { Generated } from 'kysely';
import type { BoardRole, LinkRole, TeamRole } from '../../roles.ts';

export type { BoardRole, TeamRole };

/** Timestamps are milliseconds since the epoch, stored as 64-bit integers on both databases. */
export interface BoardsTable {
	id: string;
	title: string;
	template: string;
	/** Null only for boards made before accounts existed, until the first account adopts them. */
	team_id: string | null;
	created_by: string | null;
	created_at: number;
	updated_at: number;
	deleted_at: number | null;
	/** 1: viewers may export the board too (facilitators and editors always may). */
	viewers_export: Generated<number>;
	/** JSON of a Thumbnail (board-thumbnail.ts); null until the board was first edited. */
	thumbnail: Generated<string | null>;
	/** The last sequence number given to an update in the board's log (DocumentLog.append). */
	update_seq: Generated<number>;
}

/** Append-only log of Yjs updates, written before an update is broadcast. */
export interface BoardUpdatesTable {
	board_id: string;
	seq: number;
	data: Uint8Array;
	created_at: number;
	/** Who sent it (null: the server, or an update from before authors were recorded). */
	author_id: string | null;
	author_name: string | null;
}

/** One compacted Yjs state per board, covering every log entry up to and including `seq`. */
export interface BoardSnapshotsTable {
	board_id: string;
	seq: number;
	data: Uint8Array;
	updated_at: number;
}

/** A voter's dots on one item in one dot vote (rows with no dots are deleted). */
export interface BoardVotesTable {
	board_id: string;
	vote_id: string;
	voter_id: string;
	voter_name: string;
	target: string;
	count: number;
	updated_at: number;
}

/** One participant's private notes on a board as a Yjs state (merged on every write; small). */
export interface BoardPrivateNotesTable {
	board_id: string;
	owner_id: string;
	/** The sequence number of the last update merged in. */
	seq: number;
	data: Uint8Array;
	updated_at: number;
}

/** A board's saved states: named snapshots (by a facilitator) and automatic ones. */
export interface BoardHistoryTable {
	id: string;
	board_id: string;
	kind: 'named' | 'auto';
	title: string;
	created_by: string | null;
	created_by_name: string | null;
	/** The whole Yjs state. */
	data: Uint8Array;
	/** Who had done what by then (JSON of ContributionRow[]; null: saved before this was kept). */
	contributions: string | null;
	created_at: number;
}

/** What one account or guest did to one shape of a board: made it, and how often they changed it. */
export interface BoardContributionsTable {
	board_id: string;
	author_id: string;
	author_name: string;
	record_id: string;
	/** 1 when they made the shape. */
	created: number;
	changes: number;
	/** Changes to the shape's props (a card's fields, a note's text). */
	field_changes: number;
	updated_at: number;
}

export interface UsersTable {
	id: string;
	/** Lower-cased. */
	email: string;
	name: string;
	password_hash: string;
	created_at: number;
}

export interface GuestsTable {
	id: string;
	name: string;
	board_id: string;
	/** The guest link they came through; revoking it ends their access. */
	share_link_id: string;
	created_at: number;
}

/** Exactly one of user_id and guest_id is set. Only a SHA-256 hash of the token's secret is kept. */
export interface SessionsTable {
	id: string;
	secret_hash: string;
	user_id: string | null;
	guest_id: string | null;
	expires_at: number;
	created_at: number;
}

/** Failed logins per key (`account:<email>` or `ip:<address>`), so back-off survives a restart. */
export interface LoginThrottleTable {
	key: string;
	failures: number;
	last_failure_at: number;
	blocked_until: number;
}

export interface TeamsTable {
	id: string;
	name: string;
	created_at: number;
}

export interface TeamMembersTable {
	team_id: string;
	user_id: string;
	role: TeamRole;
	joined_at: number;
}

/** Invite links to a team; the token is stored hashed. */
export interface TeamInvitesTable {
	id: string;
	token_hash: string;
	team_id: string;
	created_by: string;
	created_at: number;
	revoked_at: number | null;
}

/** A role on one board that overrides the team default. */
export interface BoardMembersTable {
	board_id: string;
	user_id: string;
	role: BoardRole;
	added_at: number;
}

export interface ShareLinksTable {
	id: string;
	token_hash: string;
	board_id: string;
	role: LinkRole;
	/** 1 when people without an account may join by name. */
	allow_guests: number;
	expires_at: number | null;
	revoked_at: number | null;
	created_by: string;
	created_at: number;
}

export interface Database {
	boards: BoardsTable;
	board_updates: BoardUpdatesTable;
	board_snapshots: BoardSnapshotsTable;
	board_votes: BoardVotesTable;
	board_private_notes: BoardPrivateNotesTable;
	board_history: BoardHistoryTable;
	board_contributions: BoardContributionsTable;
	users: UsersTable;
	guests: GuestsTable;
	sessions: SessionsTable;
	login_throttle: LoginThrottleTable;
	teams: TeamsTable;
	team_members: TeamMembersTable;
	team_invites: TeamInvitesTable;
	board_members: BoardMembersTable;
	share_links: ShareLinksTable;
}
