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
	return readEach(update, (decoder, clientId, clock) => ({
		clientId,
		clock,
		// A varString is its byte length followed by UTF-8 bytes: the same layout as a Uint8Array.
		state: decoding.readVarUint8Array(decoder)
	}));
}

/**
 * Only the client ids of an awareness update: enough to see that a frame is an echo, which is
 * what nearly every awareness frame of a big room is (one per client for each cursor tick).
 */
export function readAwarenessClientIds(update: Uint8Array): number[] {
	return readEach(update, (decoder, clientId) => {
		const length = decoding.readVarUint(decoder);
		if (decoder.pos + length > decoder.arr.length)
			throw new Error('awareness state past the end of the update');
		decoder.pos += length;
		return clientId;
	});
}

/** Reads each entry's id and clock and lets `rest` read (or skip) its state. Throws on a malformed update. */
function readEach<T>(
	update: Uint8Array,
	rest: (decoder: decoding.Decoder, clientId: number, clock: number) => T
): T[] {
	const decoder = decoding.createDecoder(update);
	const count = decoding.readVarUint(decoder);
	const entries: T[] = [];
	for (let i = 0; i < count; i++) {
		const clientId = decoding.readVarUint(decoder);
		const clock = decoding.readVarUint(decoder);
		entries.push(rest(decoder, clientId, clock));
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
