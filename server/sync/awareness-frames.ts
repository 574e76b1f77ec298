import type { Awareness } from 'y-protocols/awareness';
import { encodeAwarenessEntries, type AwarenessEntry } from './awareness-codec.ts';
import { encodeAwareness } from './protocol.ts';

const utf8 = new TextEncoder();

/**
 * The awareness frames of one tick. Most connections get the same frame, encoded once. One that
 * needs other entries (its own left out, or held-back ones added) gets a frame assembled from
 * entries that are each encoded only once per tick; connections that need the same entries
 * (in a big room, many read at the same pace and are held back alike) share that frame too.
 */
export class AwarenessFrames {
	private readonly awareness: Awareness;
	/** The tick's client ids; passing this very array back gets the shared frame. */
	readonly ids: number[];
	private readonly entries = new Map<number, AwarenessEntry>();
	private shared: Uint8Array | null = null;
	private readonly byIds = new Map<string, Uint8Array>();

	constructor(awareness: Awareness, ids: number[]) {
		this.awareness = awareness;
		this.ids = ids;
	}

	frame(ids: number[]): Uint8Array {
		if (ids === this.ids) return (this.shared ??= this.encode(ids));
		// Connections held back since the same tick got the same ids in the same order.
		const key = ids.join(',');
		let frame = this.byIds.get(key);
		if (!frame) {
			frame = this.encode(ids);
			this.byIds.set(key, frame);
		}
		return frame;
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
