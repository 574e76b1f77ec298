import type { LoggedUpdate, StoredDocument } from '../../src/lib/server/boards/document-log.ts';
import type { SyncLimits } from './limits.ts';
import { UpdateWriter, type DocumentStore, type PendingUpdate } from './update-writer.ts';

/**
 * A room's side of storage: its updates go to the log before anyone sees them (UpdateWriter), it
 * keeps count of what the board takes on disk, and it folds the log into the snapshot every
 * `compactEvery` updates, when the log grows large, and on unload.
 */
export class RoomPersistence<Origin> {
	private readonly store: DocumentStore;
	private readonly boardId: string;
	private readonly limits: SyncLimits;
	private readonly writer: UpdateWriter<Origin>;
	private readonly currentState: () => Uint8Array;
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
		onPersisted: (batch: PendingUpdate<Origin>[]) => void;
		/** Who sent an update of this origin, stored with it. */
		authorOf?: (origin: Origin) => LoggedUpdate['author'];
	}) {
		const { stored } = options;
		this.store = options.store;
		this.boardId = options.boardId;
		this.limits = options.limits;
		this.currentState = options.currentState;
		this.snapshotBytes = stored.snapshot?.byteLength ?? 0;
		this.logBytes = stored.updates.reduce((sum, u) => sum + u.data.byteLength, 0);
		this.updatesSinceCompaction = stored.updates.length;
		const persistedSeq = stored.updates.at(-1)?.seq ?? stored.snapshotSeq;
		this.writer = new UpdateWriter(
			options.store,
			options.boardId,
			persistedSeq,
			(batch) => {
				this.counted(batch);
				options.onPersisted(batch);
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
	 * Folds the log into the snapshot. The document holds at least everything persisted through
	 * `persistedSeq` (possibly more, which only makes the snapshot more complete), so the log
	 * entries up to that number can go. A failure leaves the log as it is.
	 */
	compact(): Promise<void> {
		this.compacting ??= (async () => {
			const seq = this.writer.persistedSeq;
			const coveredBytes = this.logBytes;
			const coveredUpdates = this.updatesSinceCompaction;
			if (coveredUpdates === 0) return;
			const state = this.currentState();
			try {
				await this.store.compact(this.boardId, state, seq);
				this.snapshotBytes = state.byteLength;
				this.logBytes -= coveredBytes;
				this.updatesSinceCompaction -= coveredUpdates;
			} catch (error) {
				console.error(`[sync] compacting board ${this.boardId} failed; the log stays intact:`, error);
			}
		})().finally(() => (this.compacting = null));
		return this.compacting;
	}

	private counted(batch: PendingUpdate<Origin>[]): void {
		for (const { update } of batch) this.logBytes += update.byteLength;
		this.updatesSinceCompaction += batch.length;
		if (
			this.updatesSinceCompaction >= this.limits.compactEvery ||
			this.logBytes > this.limits.maxDocumentBytes / 4
		) {
			void this.compact();
		}
	}
}
