import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { BALLOT_MESSAGE, COMMAND_MESSAGE, PRESENCE_MESSAGE } from '../../src/lib/sync/endpoint.ts';

/**
 * Top-level message types of the y-websocket protocol, and Werkbord's own: a facilitation command
 * (JSON), which stock clients never send.
 */
const MessageType = { Sync: 0, Awareness: 1, Auth: 2, QueryAwareness: 3, Command: COMMAND_MESSAGE } as const;
/** Sub-types of a sync message (y-protocols/sync). */
const SyncType = { Step1: 0, Step2: 1, Update: 2 } as const;

export type ClientMessage =
	| { kind: 'sync-step-1'; stateVector: Uint8Array }
	| { kind: 'update'; update: Uint8Array }
	| { kind: 'awareness'; update: Uint8Array }
	| { kind: 'query-awareness' }
	| { kind: 'command'; command: unknown };

export class MalformedMessageError extends Error {}

/** Decodes one client frame; throws `MalformedMessageError` on anything the protocol does not allow. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
	try {
		const decoder = decoding.createDecoder(data);
		const message = readMessage(decoder);
		if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after the message');
		return message;
	} catch (error) {
		if (error instanceof MalformedMessageError) throw error;
		throw new MalformedMessageError(error instanceof Error ? error.message : String(error));
	}
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
	const type = decoding.readVarUint(decoder);
	switch (type) {
		case MessageType.Sync: {
			const syncType = decoding.readVarUint(decoder);
			const payload = decoding.readVarUint8Array(decoder);
			if (syncType === SyncType.Step1) return { kind: 'sync-step-1', stateVector: payload };
			if (syncType === SyncType.Step2 || syncType === SyncType.Update)
				return { kind: 'update', update: payload };
			throw new MalformedMessageError(`unknown sync message type ${syncType}`);
		}
		case MessageType.Awareness:
			return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
		case MessageType.QueryAwareness:
			return { kind: 'query-awareness' };
		case MessageType.Command:
			// Parsed here, checked by whoever runs it (facilitation-commands.ts).
			return { kind: 'command', command: JSON.parse(decoding.readVarString(decoder)) as unknown };
		default:
			throw new MalformedMessageError(`unknown message type ${type}`);
	}
}

function encodeMessage(type: number, syncType: number | null, payload: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, type);
	if (syncType !== null) encoding.writeVarUint(encoder, syncType);
	encoding.writeVarUint8Array(encoder, payload);
	return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array) =>
	encodeMessage(MessageType.Sync, SyncType.Step1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) =>
	encodeMessage(MessageType.Sync, SyncType.Step2, update);
export const encodeUpdate = (update: Uint8Array) => encodeMessage(MessageType.Sync, SyncType.Update, update);
export const encodeAwareness = (update: Uint8Array) => encodeMessage(MessageType.Awareness, null, update);

/** One of Werkbord's own messages: its type, then JSON text. */
function encodeJson(type: number, value: unknown): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, type);
	encoding.writeVarString(encoder, JSON.stringify(value));
	return encoding.toUint8Array(encoder);
}

/** A voter's own dots, sent to that voter only. */
export const encodeBallot = (ballot: { vote: string; mine: Record<string, number> }) =>
	encodeJson(BALLOT_MESSAGE, ballot);

/** How many people are on the board. */
export const encodePresenceCount = (people: number) => encodeJson(PRESENCE_MESSAGE, { people });
