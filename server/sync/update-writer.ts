import type { DocumentLog } from '../../src/lib/server/boards/document-log.ts';

export interface PendingUpdate<Origin> {
	update: Uint8Array;
	origin: Origin;
}

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * Appends a room's updates to the board's log with group commit: whatever arrives while one
 * write is in flight goes out in the next single write. `onPersisted` runs only after the
 * database accepted a batch, so nothing is broadcast that a crash could lose. A failed write
 * keeps its updates in memory and retries with back-off.
 */
export class UpdateWriter<Origin> {
	private readonly log: DocumentLog;
	private readonly boardId: string;
	private readonly onPersisted: (batch: PendingUpdate<Origin>[]) => void;
	private queue: PendingUpdate<Origin>[] = [];
	private running: Promise<void> | null = null;
	private failures = 0;
	/** Sequence number of the last update the database holds. */
	persistedSeq: number;

	constructor(
		log: DocumentLog,
		boardId: string,
		persistedSeq: number,
		onPersisted: (batch: PendingUpdate<Origin>[]) => void
	) {
		this.log = log;
		this.boardId = boardId;
		this.persistedSeq = persistedSeq;
		this.onPersisted = onPersisted;
	}

	/** Updates accepted but not yet in the database. */
	get pending(): number {
		return this.queue.length;
	}

	get failing(): boolean {
		return this.failures > 0;
	}

	enqueue(update: Uint8Array, origin: Origin): void {
		this.queue.push({ update, origin });
		this.running ??= this.drain().finally(() => (this.running = null));
	}

	/** Resolves once everything enqueued so far (and anything arriving meanwhile) is written. */
	async flushed(): Promise<void> {
		while (this.running) await this.running;
	}

	private async drain(): Promise<void> {
		while (this.queue.length > 0) {
			const batch = this.queue;
			this.queue = [];
			const rows = batch.map((pending, i) => ({ seq: this.persistedSeq + 1 + i, data: pending.update }));
			try {
				await this.log.append(this.boardId, rows);
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
			this.persistedSeq += rows.length;
			this.onPersisted(batch);
		}
	}
}
