import type { LoggedUpdate, StoredDocument } from '../../src/lib/server/boards/document-log.ts';
import type { SyncLimits } from './limits.ts';
import { LogCoverage } from './log-coverage.ts';
import { UpdateWriter, type DocumentStore, type PendingUpdate } from './update-writer.ts';

/**
 * Runs `compaction` unless another instance compacts the same document now (then skips it: that
 * one folds the log). One process needs no lock; several share one in Redis (server/scale).
 */
export type CompactionLock = (key: string, compaction: () => Promise<void>) => Promise<void>;

const noLock: CompactionLock = (_key, compaction) => compaction();

/**
 * A room's side of storage: its updates go to the log before anyone sees them (UpdateWriter), it
 * keeps count of what the board takes on disk and of how much of the log the document holds
 * (LogCoverage), and it folds the log into the snapshot every `compactEvery` updates, when the log
 * grows large, and on unload.
 */
export class RoomPersistence<Origin> {
	private readonly store: DocumentStore;
	private readonly boardId: string;
	private readonly limits: SyncLimits;
	private readonly writer: UpdateWriter<Origin>;
	private readonly currentState: () => Uint8Array;
	private readonly lock: CompactionLock;
	readonly coverage: LogCoverage;
	private snapshotBytes: number;
	private logBytes: number;
	private updatesSinceCompaction: number;
	private compacting: Promise<void> | null = null;

	constructor(options: {
		store: DocumentStore;
		boardId: string;
		limits: SyncLimits;
		stored: StoredDocument;
		/** The document's whole state now, for a snapshot. */
		currentState: () => Uint8Array;
		/** Runs once a batch is in the database: only then may it be broadcast. */
		onPersisted: (batch: PendingUpdate<Origin>[], lastSeq: number) => void;
		/** Who sent an update of this origin, stored with it. */
		authorOf?: (origin: Origin) => LoggedUpdate['author'];
		lock?: CompactionLock;
	}) {
		const { stored } = options;
		this.store = options.store;
		this.boardId = options.boardId;
		this.limits = options.limits;
		this.currentState = options.currentState;
		this.snapshotBytes = stored.snapshot?.byteLength ?? 0;
		this.logBytes = stored.updates.reduce((sum, u) => sum + u.data.byteLength, 0);
		this.updatesSinceCompaction = stored.updates.length;
		this.lock = options.lock ?? noLock;
		this.coverage = new LogCoverage(stored.updates.at(-1)?.seq ?? stored.snapshotSeq);
		this.writer = new UpdateWriter(
			options.store,
			options.boardId,
			(batch, lastSeq) => {
				this.coverage.add(lastSeq, batch.length);
				this.counted(batch.map((pending) => pending.update));
				options.onPersisted(batch, lastSeq);
			},
			options.authorOf
		);
	}

	/** What the board takes in storage now: the snapshot plus the log after it. */
	get documentBytes(): number {
		return this.snapshotBytes + this.logBytes;
	}

	/** Updates accepted but not yet saved; non-zero for long only while the database fails. */
	get pending(): number {
		return this.writer.pending;
	}

	get failing(): boolean {
		return this.writer.failing;
	}

	enqueue(update: Uint8Array, origin: Origin): void {
		this.writer.enqueue(update, origin);
	}

	/** Resolves once everything enqueued so far is saved. */
	flushed(): Promise<void> {
		return this.writer.flushed();
	}

	/**
	 * Updates another instance saved (numbered through `lastSeq`) are in the document now. Returns
	 * false when some update numbered before them was never received (a lost relay message).
	 */
	relayed(updates: Uint8Array[], lastSeq: number): boolean {
		this.coverage.add(lastSeq, updates.length);
		this.counted(updates);
		return !this.coverage.hasHole;
	}

	/**
	 * Folds the log into the snapshot. The document holds at least every update through
	 * `coverage.through` (possibly more, which only makes the snapshot more complete), so the log
	 * entries up to that number can go. A failure leaves the log as it is.
	 */
	compact(): Promise<void> {
		this.compacting ??= (async () => {
			const seq = this.coverage.through;
			const coveredBytes = this.logBytes;
			const coveredUpdates = this.updatesSinceCompaction;
			if (coveredUpdates === 0) return;
			try {
				await this.lock(this.boardId, async () => {
					const state = this.currentState();
					await this.store.compact(this.boardId, state, seq);
					this.snapshotBytes = state.byteLength;
				});
				// Done here or, while the lock was taken, by the instance that held it.
				this.logBytes -= coveredBytes;
				this.updatesSinceCompaction -= coveredUpdates;
			} catch (error) {
				console.error(`[sync] compacting board ${this.boardId} failed; the log stays intact:`, error);
			}
		})().finally(() => (this.compacting = null));
		return this.compacting;
	}

	private counted(updates: Uint8Array[]): void {
		for (const update of updates) this.logBytes += update.byteLength;
		this.updatesSinceCompaction += updates.length;
		if (
			this.updatesSinceCompaction >= this.limits.compactEvery ||
			this.logBytes > this.limits.maxDocumentBytes / 4
		) {
			void this.compact();
		}
	}
}
