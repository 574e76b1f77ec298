import type { DocumentLog, LoggedUpdate } from '../../src/lib/server/boards/document-log.ts';

/** Where a room's document lives: the database's DocumentLog, or a stand-in in tests. */
export type DocumentStore = Pick<DocumentLog, 'load' | 'append' | 'compact'>;

export interface PendingUpdate<Origin> {
	update: Uint8Array;
	origin: Origin;
}

/** Rows per write: a backlog after an outage must not exceed PostgreSQL's 65,535 bind parameters. */
const MAX_BATCH = 1_000;
const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * Appends a room's updates to the board's log with group commit: whatever arrives while one
 * write is in flight goes out in the next single write. `onPersisted` runs only after the
 * database accepted a batch, so nothing is broadcast that a crash could lose. A failed write
 * keeps its updates in memory and retries with back-off.
 */
export class UpdateWriter<Origin> {
	private readonly log: DocumentStore;
	private readonly boardId: string;
	private readonly onPersisted: (batch: PendingUpdate<Origin>[], lastSeq: number) => void;
	private queue: PendingUpdate<Origin>[] = [];
	private running: Promise<void> | null = null;
	private failures = 0;
	/** Callers of `flushed()`, each waiting for the number of updates that were enqueued when it asked. */
	private waiters: { count: number; resolve: () => void }[] = [];
	/** Updates this writer has saved, and has been given. */
	private persistedCount = 0;
	private enqueuedCount = 0;

	private readonly authorOf: (origin: Origin) => LoggedUpdate['author'];

	constructor(
		log: DocumentStore,
		boardId: string,
		/** Runs once a batch is saved, with the log's sequence number of its last update. */
		onPersisted: (batch: PendingUpdate<Origin>[], lastSeq: number) => void,
		/** Who sent an update of this origin (stored with it). */
		authorOf: (origin: Origin) => LoggedUpdate['author'] = () => null
	) {
		this.authorOf = authorOf;
		this.log = log;
		this.boardId = boardId;
		this.onPersisted = onPersisted;
	}

	/** Updates accepted but not yet in the database (waiting, or in the write under way). */
	get pending(): number {
		return this.enqueuedCount - this.persistedCount;
	}

	get failing(): boolean {
		return this.failures > 0;
	}

	enqueue(update: Uint8Array, origin: Origin): void {
		this.queue.push({ update, origin });
		this.enqueuedCount++;
		this.running ??= this.drain().finally(() => (this.running = null));
	}

	/**
	 * Resolves once everything enqueued so far is written. Updates arriving later are not waited
	 * for, so a busy board cannot keep a caller (a joining client) waiting for ever.
	 */
	flushed(): Promise<void> {
		const count = this.enqueuedCount;
		if (this.persistedCount >= count) return Promise.resolve();
		return new Promise((resolve) => this.waiters.push({ count, resolve }));
	}

	private async drain(): Promise<void> {
		while (this.queue.length > 0) {
			const batch = this.queue.splice(0, MAX_BATCH);
			const rows = batch.map((pending) => ({ data: pending.update, author: this.authorOf(pending.origin) }));
			let lastSeq: number;
			try {
				lastSeq = await this.log.append(this.boardId, rows);
			} catch (error) {
				this.queue = batch.concat(this.queue);
				this.failures++;
				const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** (this.failures - 1));
				console.error(
					`[sync] saving ${batch.length} update(s) of board ${this.boardId} failed (attempt ${this.failures}), retrying in ${delay} ms:`,
					error instanceof Error ? error.message : error
				);
				await new Promise((resolve) => setTimeout(resolve, delay));
				continue;
			}
			this.failures = 0;
			this.persistedCount += rows.length;
			this.onPersisted(batch, lastSeq);
			// Waiters are added in order, so the satisfied ones are at the front.
			while (this.waiters[0] && this.waiters[0].count <= this.persistedCount) this.waiters.shift()!.resolve();
		}
	}
}
