import type * as Y from 'yjs';
import { boardRecords } from '../../src/lib/board/board-doc.ts';
import type { ContributionDelta, ContributionStore } from '../../src/lib/server/boards/contributions.ts';
import { transactionChanges } from './transaction-changes.ts';

const FLUSH_MS = 2_000;

/**
 * Counts, per account or guest, the shapes they make and change (and how many of their props), from
 * each transaction a client's update makes; written to the contribution store every few seconds and
 * when the room unloads. The log of updates has their authors too, but compaction folds it away.
 */
export class ContributionTracker<Origin> {
	private readonly boardId: string;
	private readonly doc: Y.Doc;
	private readonly store: Pick<ContributionStore, 'add'>;
	private readonly authorOf: (origin: Origin) => { id: string; name: string } | null;
	private pending = new Map<string, ContributionDelta>();
	private writing: Promise<void> = Promise.resolve();
	private readonly timer: NodeJS.Timeout;

	constructor(
		boardId: string,
		doc: Y.Doc,
		store: Pick<ContributionStore, 'add'>,
		authorOf: (origin: Origin) => { id: string; name: string } | null
	) {
		this.boardId = boardId;
		this.doc = doc;
		this.store = store;
		this.authorOf = authorOf;
		this.timer = setInterval(() => void this.flush(), FLUSH_MS);
		this.timer.unref();
		doc.on('afterTransaction', this.count);
	}

	/**
	 * Writes what was counted; a failure keeps it for the next try. Writes go one after another, so
	 * a flush returns only once everything counted before it is saved (also by an earlier flush).
	 */
	flush(): Promise<void> {
		this.writing = this.writing.then(() => this.write());
		return this.writing;
	}

	private async write(): Promise<void> {
		if (this.pending.size === 0) return;
		const deltas = [...this.pending.values()];
		this.pending = new Map();
		try {
			await this.store.add(this.boardId, deltas);
		} catch (error) {
			for (const delta of deltas) this.merge(delta);
			console.error(`[sync] saving contributions of board ${this.boardId} failed:`, error);
		}
	}

	async destroy(): Promise<void> {
		clearInterval(this.timer);
		this.doc.off('afterTransaction', this.count);
		await this.flush();
	}

	private readonly count = (transaction: Y.Transaction) => {
		const origin = transaction.origin as Origin | null;
		const author = origin === null ? null : this.authorOf(origin);
		if (!author) return;
		const records = boardRecords(this.doc);
		const changes = transactionChanges(transaction, records);
		for (const recordId of changes.records) {
			if (!recordId.startsWith('shape:')) continue;
			this.merge({
				authorId: author.id,
				authorName: author.name,
				recordId,
				created: changes.created.has(recordId),
				changes: 1,
				fieldChanges: changes.props.get(recordId) ?? 0
			});
		}
	};

	private merge(delta: ContributionDelta): void {
		const key = `${delta.authorId} ${delta.recordId}`;
		const before = this.pending.get(key);
		this.pending.set(
			key,
			before
				? {
						...delta,
						created: before.created || delta.created,
						changes: before.changes + delta.changes,
						fieldChanges: before.fieldChanges + delta.fieldChanges
					}
				: delta
		);
	}
}
