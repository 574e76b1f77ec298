/**
 * Which awareness entries a room sends on its next tick. A change (a cursor moved, someone joined
 * or left) goes out on the next tick. A renewal (the same state with a higher clock, which every
 * client sends every 15 s so that others do not time it out after 30 s) can wait: renewals are
 * spread over `maxDeferTicks` ticks, oldest first. Without that, a crowd that joined together
 * renews together, and each renewal burst makes every client parse and echo hundreds of states at once.
 */
export class AwarenessOutbox {
	private readonly changed = new Set<number>();
	/** Waiting renewals by client id, oldest first, with the tick they were queued on. */
	private readonly renewals = new Map<number, number>();
	private readonly maxDeferTicks: number;
	private tick = 0;

	constructor(maxDeferTicks: number) {
		this.maxDeferTicks = Math.max(1, maxDeferTicks);
	}

	get isEmpty(): boolean {
		return this.changed.size === 0 && this.renewals.size === 0;
	}

	markChanged(clientId: number): void {
		this.renewals.delete(clientId);
		this.changed.add(clientId);
	}

	/** A renewal already queued keeps its place; the clock sent is whatever is newest at send time. */
	markRenewed(clientId: number): void {
		if (this.changed.has(clientId) || this.renewals.has(clientId)) return;
		this.renewals.set(clientId, this.tick);
	}

	/**
	 * The client ids to send now: every change, plus as many of the waiting renewals as it takes to
	 * send them all, at an even rate, by the time the oldest has waited `maxDeferTicks`.
	 */
	take(): number[] {
		this.tick++;
		const ids = [...this.changed];
		this.changed.clear();
		const oldest = this.renewals.values().next().value;
		const ticksLeft = oldest === undefined ? 1 : this.maxDeferTicks - (this.tick - oldest);
		let share = Math.ceil(this.renewals.size / Math.max(1, ticksLeft));
		for (const [clientId, queuedAt] of this.renewals) {
			if (share <= 0 && this.tick - queuedAt < this.maxDeferTicks) break;
			share--;
			ids.push(clientId);
			this.renewals.delete(clientId);
		}
		return ids;
	}
}
