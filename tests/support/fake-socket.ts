import { EventEmitter } from 'node:events';
import type { LoggedUpdate, NewUpdate, StoredDocument } from '../../src/lib/server/boards/document-log.ts';
import type { Socket } from '../../server/sync/connection.ts';
import type { BallotStore } from '../../server/sync/room-facilitation.ts';
import type { DocumentStore } from '../../server/sync/update-writer.ts';

/** A WebSocket stand-in for unit tests: records what is sent, delivers what a test "receives". */
export class FakeSocket extends EventEmitter {
	readonly OPEN = 1 as const;
	readonly CLOSING = 2 as const;
	readonly CLOSED = 3 as const;
	readyState: number = this.OPEN;
	bufferedAmount = 0;
	readonly sent: Uint8Array[] = [];
	closeCode: number | null = null;

	send(message: Uint8Array): void {
		this.sent.push(message);
	}

	close(code?: number): void {
		if (this.readyState === this.CLOSED) return;
		this.closeCode = code ?? 1000;
		this.readyState = this.CLOSED;
		this.emit('close', this.closeCode);
	}

	terminate(): void {
		this.close(1006);
	}

	/** A binary frame from the client. */
	receive(frame: Uint8Array): void {
		this.emit('message', Buffer.from(frame), true);
	}

	asSocket(): Socket {
		return this as unknown as Socket;
	}
}

/** A document store in memory, whose writes can be held back to act as a slow or failing database. */
export class MemoryStore implements DocumentStore {
	snapshot: { seq: number; data: Uint8Array } | null = null;
	readonly log: LoggedUpdate[] = [];
	compactions = 0;
	/** While set, appends wait for it. */
	hold: Promise<void> | null = null;

	async load(_boardId?: string, after = -1): Promise<StoredDocument> {
		const snapshot = this.snapshot && this.snapshot.seq > after ? this.snapshot : null;
		const snapshotSeq = snapshot?.seq ?? Math.max(after, 0);
		return {
			snapshot: snapshot?.data ?? null,
			snapshotSeq,
			updates: this.log.filter((u) => u.seq > snapshotSeq)
		};
	}

	async append(_boardId: string, updates: NewUpdate[]): Promise<number> {
		if (this.hold) await this.hold;
		const first = (this.log.at(-1)?.seq ?? this.snapshot?.seq ?? 0) + 1;
		this.log.push(...updates.map((update, i) => ({ ...update, seq: first + i })));
		return first + updates.length - 1;
	}

	async compact(_boardId: string, data: Uint8Array, seq: number): Promise<void> {
		this.compactions++;
		this.snapshot = { seq, data };
		this.log.splice(0, this.log.length, ...this.log.filter((u) => u.seq > seq));
	}
}

/** Ballots in memory, for rooms in unit tests. */
export class MemoryBallots implements BallotStore {
	private readonly rows = new Map<string, { voter: string; name: string; target: string; count: number }>();

	async ballot(_boardId: string, voteId: string, voterId: string): Promise<Record<string, number>> {
		const mine = [...this.rows.entries()].filter(
			([key, row]) => key.startsWith(`${voteId}/`) && row.voter === voterId
		);
		return Object.fromEntries(mine.map(([, row]) => [row.target, row.count]));
	}

	async setDots(
		_boardId: string,
		voteId: string,
		voter: { id: string; name: string },
		target: string,
		count: number
	) {
		const key = `${voteId}/${voter.id}/${target}`;
		if (count === 0) this.rows.delete(key);
		else this.rows.set(key, { voter: voter.id, name: voter.name, target, count });
	}

	async tally(_boardId: string, voteId: string) {
		const tally = { counts: {} as Record<string, number>, voters: {} as Record<string, string[]> };
		for (const [key, row] of this.rows) {
			if (!key.startsWith(`${voteId}/`)) continue;
			tally.counts[row.target] = (tally.counts[row.target] ?? 0) + row.count;
			(tally.voters[row.target] ??= []).push(row.name);
		}
		return tally;
	}
}
