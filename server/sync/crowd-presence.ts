import type { SyncLimits } from './limits.ts';
import { encodePresenceCount } from './protocol.ts';

/** The count of people present goes out at most this often. */
const COUNT_EVERY_MS = 1_000;

export interface AwarenessChange {
	added: number[];
	updated: number[];
	removed: number[];
}

/**
 * Presence in a crowded room (`quietPresenceFrom` connections or more). Every browser renews its
 * presence every 15 s to every other: N² entries, 240,000 a second for 2,000 people (and as many
 * echoed back), more than the server and its network can carry. So in a crowded room an entry
 * that has not changed for `quietPresenceAfterMs`, or not since it arrived, is quiet: its renewals
 * are not passed on, the others' browsers let it lapse after 30 s, and it comes back when it
 * changes. The number of people present comes from the server instead.
 */
export class CrowdPresence {
	private readonly connections: () => ReadonlySet<unknown>;
	private readonly crowdFrom: number;
	private readonly quietAfterMs: number;
	/** When each entry last really changed (moved a cursor, selected something; joined a small room). */
	private readonly changedAt = new Map<number, number>();
	/** People present as last sent; 0 while the room is not crowded. */
	private people = 0;
	private countChanged = false;
	private countSentAt = -Infinity;

	constructor(connections: () => ReadonlySet<unknown>, limits: SyncLimits) {
		this.connections = connections;
		this.crowdFrom = limits.quietPresenceFrom;
		this.quietAfterMs = limits.quietPresenceAfterMs;
	}

	get crowded(): boolean {
		return this.connections().size >= this.crowdFrom;
	}

	/** Takes in what really changed; returns the ids to pass on (in a crowded room, not arrivals). */
	changed(change: AwarenessChange): number[] {
		const now = performance.now();
		const shownArrivals = this.crowded ? [] : change.added;
		for (const id of [...shownArrivals, ...change.updated]) this.changedAt.set(id, now);
		for (const id of change.removed) this.changedAt.delete(id);
		if (change.added.length > 0 || change.removed.length > 0) this.countChanged = true;
		return [...shownArrivals, ...change.updated, ...change.removed];
	}

	isQuiet(id: number): boolean {
		if (!this.crowded) return false;
		const at = this.changedAt.get(id);
		return at === undefined || performance.now() - at > this.quietAfterMs;
	}

	/** When a new count may go out (someone came or went); null when there is none to send. */
	countDueAt(): number | null {
		return this.countChanged ? this.countSentAt + COUNT_EVERY_MS : null;
	}

	/** The count for everyone, when it is due and changed; 0 once the room is no longer crowded. */
	takeCount(now: number, states: Map<number, Record<string, unknown>>): Uint8Array | null {
		if (!this.countChanged || now - this.countSentAt < COUNT_EVERY_MS) return null;
		this.countChanged = false;
		this.countSentAt = now;
		const people = this.crowded ? countPeople(states) : 0;
		if (people === this.people) return null;
		this.people = people;
		return encodePresenceCount(people);
	}

	/** The count for a joining client; null unless the room is crowded (browsers count the rest themselves). */
	countForJoiner(states: Map<number, Record<string, unknown>>): Uint8Array | null {
		return this.crowded ? encodePresenceCount(countPeople(states)) : null;
	}
}

/** Distinct people among the states (the server stamps each with its account or guest id). */
function countPeople(states: Map<number, Record<string, unknown>>): number {
	const ids = new Set<unknown>();
	for (const state of states.values()) {
		const user: unknown = state.user;
		if (user && typeof user === 'object' && 'id' in user) ids.add(user.id);
	}
	return ids.size;
}
