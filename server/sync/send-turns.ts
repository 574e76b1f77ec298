/** One kind of a room's outgoing traffic (document updates, cursors). */
export interface Outgoing {
	/** When it next has something to send (`performance.now()` time; past: at once), or null. */
	dueAt(): number | null;
	/** Sends what it has; `now` is the turn's time. */
	send(now: number): void;
}

/** A connection whose writes of one turn can be held and then written together. */
export interface Batching {
	hold(): void;
	release(): void;
}

/**
 * At most this share of the time goes to a room's turns: after a turn of d ms the next waits at
 * least d ms. A room too big for its window (5,000 sockets take ~50 ms a turn here) sends less
 * often, with more in each turn, instead of leaving the process no time to read what comes in.
 */
const MAX_TURN_SHARE = 0.5;

/**
 * Sends a room's outgoing traffic in turns, one timer for all of it: each turn sends every kind
 * that is due (or due within `slackMs`, so that kinds on different schedules fall into step) and
 * writes it to each socket at once. In a big room the writes themselves are the server's largest
 * cost — one system call per socket per write — so document updates and cursors due together go
 * out as one write, not two.
 */
export class SendTurns {
	private readonly connections: () => Iterable<Batching>;
	private readonly parts: Outgoing[];
	private readonly slackMs: number;
	private timer: NodeJS.Timeout | null = null;
	private timerAt = Infinity;
	private turning = false;
	/** The earliest time for the next turn (MAX_TURN_SHARE). */
	private notBefore = -Infinity;

	constructor(connections: () => Iterable<Batching>, parts: Outgoing[], slackMs: number) {
		this.connections = connections;
		this.parts = parts;
		this.slackMs = slackMs;
	}

	/** Something new to send: a turn comes when the earliest part is due (at once if it already is). */
	schedule(): void {
		if (this.turning) return;
		const due = Math.max(this.notBefore, Math.min(...this.parts.map((part) => part.dueAt() ?? Infinity)));
		if (due === Infinity || (this.timer && this.timerAt <= due)) return;
		this.clearTimer();
		const wait = due - performance.now();
		if (wait <= 0) return this.turn();
		this.timerAt = due;
		this.timer = setTimeout(() => this.turn(), wait);
	}

	stop(): void {
		this.clearTimer();
	}

	private turn(): void {
		this.clearTimer();
		const now = performance.now();
		const due = this.parts.filter((part) => (part.dueAt() ?? Infinity) <= now + this.slackMs);
		if (due.length === 0) return this.schedule();
		const connections = [...this.connections()];
		this.turning = true;
		for (const connection of connections) connection.hold();
		try {
			for (const part of due) part.send(now);
		} finally {
			for (const connection of connections) connection.release();
			this.turning = false;
		}
		const end = performance.now();
		this.notBefore = end + (end - now) * (1 / MAX_TURN_SHARE - 1);
		this.schedule();
	}

	private clearTimer(): void {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
		this.timerAt = Infinity;
	}
}
