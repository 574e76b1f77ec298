import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's entry in an awareness update, its state left as undecoded JSON bytes. */
export interface AwarenessEntry {
	clientId: number;
	clock: number;
	state: Uint8Array;
}

const NULL_STATE = 'null';

/**
 * Reads an awareness update without parsing its JSON states. Stock y-websocket clients echo every
 * awareness change they receive, so most entries a server sees are stale copies of other clients'
 * states; reading only ids and clocks lets the room drop those cheaply.
 */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	const entries: AwarenessEntry[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		// A varString is its byte length followed by UTF-8 bytes: the same layout as a Uint8Array.
		const state = decoding.readVarUint8Array(decoder);
		entries.push({ clientId, clock, state });
	}
	if (decoding.hasContent(decoder)) throw new Error('trailing bytes after the awareness update');
	return entries;
}

export function encodeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, entries.length);
	for (const { clientId, clock, state } of entries) {
		encoding.writeVarUint(encoder, clientId);
		encoding.writeVarUint(encoder, clock);
		encoding.writeVarUint8Array(encoder, state);
	}
	return encoding.toUint8Array(encoder);
}

export function isNullState(state: Uint8Array): boolean {
	return state.byteLength === NULL_STATE.length && Buffer.from(state).toString('latin1') === NULL_STATE;
}
