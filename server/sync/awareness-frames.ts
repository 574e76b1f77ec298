import type { Awareness } from 'y-protocols/awareness';
import { encodeAwarenessEntries, type AwarenessEntry } from './awareness-codec.ts';
import { encodeAwareness } from './protocol.ts';

const utf8 = new TextEncoder();

/** The entries owed to connections held back since one tick: the ids of every tick since. */
interface Owed {
	ids: number[];
	set: ReadonlySet<number>;
	frame: Uint8Array | null;
}

/**
 * The awareness frames of one tick. A connection is owed the entries of every tick since the first
 * one held back for it (AwarenessFlow), this tick's when none was: connections owed since the same
 * tick get one frame, encoded once. A connection whose own entries are among them gets them left
 * out (it knows its own state), in a frame of its own assembled from entries each encoded once.
 */
export class AwarenessFrames {
	private readonly awareness: Awareness;
	/** Client ids sent per tick, oldest first, down to the oldest tick still owed to someone. */
	private readonly ticks: ReadonlyMap<number, number[]>;
	private readonly entries = new Map<number, AwarenessEntry>();
	private readonly owed = new Map<number, Owed>();

	constructor(awareness: Awareness, ticks: ReadonlyMap<number, number[]>) {
		this.awareness = awareness;
		this.ticks = ticks;
	}

	/** The frame for a connection owed the ticks from `from` on, null when it is owed nothing. */
	frame(from: number, own: ReadonlySet<number>): Uint8Array | null {
		const owed = this.owedSince(from);
		let mine = false;
		for (const id of own) mine ||= owed.set.has(id);
		if (mine) {
			const ids = owed.ids.filter((id) => !own.has(id));
			return ids.length > 0 ? this.encode(ids) : null;
		}
		if (owed.ids.length === 0) return null;
		return (owed.frame ??= this.encode(owed.ids));
	}

	private owedSince(from: number): Owed {
		let owed = this.owed.get(from);
		if (!owed) {
			const set = new Set<number>();
			for (const [tick, ids] of this.ticks) if (tick >= from) for (const id of ids) set.add(id);
			owed = { ids: [...set], set, frame: null };
			this.owed.set(from, owed);
		}
		return owed;
	}

	private encode(ids: number[]): Uint8Array {
		return encodeAwareness(encodeAwarenessEntries(ids.map((id) => this.entry(id))));
	}

	private entry(clientId: number): AwarenessEntry {
		let entry = this.entries.get(clientId);
		if (!entry) {
			const state = this.awareness.getStates().get(clientId) ?? null;
			const clock = this.awareness.meta.get(clientId)?.clock ?? 0;
			entry = { clientId, clock, state: utf8.encode(JSON.stringify(state)) };
			this.entries.set(clientId, entry);
		}
		return entry;
	}
}
