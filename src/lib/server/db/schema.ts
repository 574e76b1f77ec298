/** Timestamps are milliseconds since the epoch, stored as 64-bit integers on both databases. */
export interface BoardsTable {
	id: string;
	title: string;
	template: string;
	created_at: number;
	updated_at: number;
	deleted_at: number | null;
}

/** Append-only log of Yjs updates, written before an update is broadcast. */
export interface BoardUpdatesTable {
	board_id: string;
	seq: number;
	data: Uint8Array;
	created_at: number;
}

/** One compacted Yjs state per board, covering every log entry up to and including `seq`. */
export interface BoardSnapshotsTable {
	board_id: string;
	seq: number;
	data: Uint8Array;
	updated_at: number;
}

export interface Database {
	boards: BoardsTable;
	board_updates: BoardUpdatesTable;
	board_snapshots: BoardSnapshotsTable;
}
