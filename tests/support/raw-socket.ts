import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';

/** A raw socket speaking (or misspeaking) the protocol; `closed` resolves with its close code. */
export function rawSocket(url: string, headers: Record<string, string>) {
	const socket = new WebSocket(url, { headers });
	const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
	socket.on('error', () => {});
	const opened = new Promise<void>((resolve) => socket.on('open', () => resolve()));
	return { socket, closed, opened };
}

/** The HTTP status the server answers an upgrade with (101 when it accepts). */
export function upgradeStatus(url: string, headers: Record<string, string>): Promise<number> {
	return new Promise((resolve) => {
		const socket = new WebSocket(url, { headers });
		socket.on('unexpected-response', (_request, response) => {
			resolve(response.statusCode ?? 0);
			socket.terminate();
		});
		socket.on('open', () => {
			resolve(101);
			socket.close();
		});
		socket.on('error', () => {});
	});
}

/** A y-websocket sync "update" frame carrying `update`. */
export function syncUpdateFrame(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 0);
	encoding.writeVarUint(encoder, 2);
	encoding.writeVarUint8Array(encoder, update);
	return encoding.toUint8Array(encoder);
}

/** A y-websocket awareness frame carrying `update` (y-protocols' encodeAwarenessUpdate). */
export function awarenessFrame(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, 1);
	encoding.writeVarUint8Array(encoder, update);
	return encoding.toUint8Array(encoder);
}
