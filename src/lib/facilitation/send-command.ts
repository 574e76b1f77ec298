import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import { COMMAND_MESSAGE } from '../sync/endpoint.ts';
import type { FacilitationCommand } from './facilitation-commands.ts';

/** The frame of a facilitation command: Werkbord's message type and the command as JSON text. */
export function encodeCommand(command: unknown): Uint8Array<ArrayBuffer> {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, COMMAND_MESSAGE);
	encoding.writeVarString(encoder, JSON.stringify(command));
	return new Uint8Array(encoding.toUint8Array(encoder));
}

/** Sends a command on the board's socket; false while it is not connected (nothing is queued). */
export function sendCommand(provider: WebsocketProvider, command: FacilitationCommand): boolean {
	const socket = provider.ws;
	if (!socket || socket.readyState !== 1 || !provider.synced) return false;
	socket.send(encodeCommand(command));
	return true;
}
