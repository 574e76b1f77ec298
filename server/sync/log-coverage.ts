/**
 * How much of a board's log a room's document holds: every sequence number up to `through` is in
 * it. A room learns numbers from its own saved batches and, with several instances, from batches
 * other instances relay; those can arrive out of order or (when a relay message is lost) not at
 * all. Compaction folds the log only `through` this point, and a hole tells the room to read the
 * log again.
 */
export class LogCoverage {
	/** Every update numbered up to here is in the document. */
	through: number;
	/** Numbers above `through` already in the document, waiting for the hole below them to fill. */
	private readonly ahead = new Set<number>();

	constructor(through: number) {
		this.through = through;
	}

	/** Whether numbers above a hole are held: something numbered lower was never received. */
	get hasHole(): boolean {
		return this.ahead.size > 0;
	}

	/** The updates numbered `last - count + 1` through `last` are in the document. */
	add(last: number, count: number): void {
		for (let seq = Math.max(last - count + 1, this.through + 1); seq <= last; seq++) this.ahead.add(seq);
		while (this.ahead.delete(this.through + 1)) this.through++;
	}

	/** Everything through `seq` is in the document (read from the database). */
	coverThrough(seq: number): void {
		if (seq <= this.through) return;
		this.through = seq;
		for (const held of this.ahead) if (held <= seq) this.ahead.delete(held);
		while (this.ahead.delete(this.through + 1)) this.through++;
	}
}
