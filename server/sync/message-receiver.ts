import { CloseCode } from './close-codes.ts';
import type { Connection } from './connection.ts';
import { decodeClientMessage, MalformedMessageError } from './protocol.ts';
import type { Room } from './room.ts';

/** Decodes one client frame and hands it to the room; a bad frame closes only its own socket. */
export function receiveMessage(room: Room, connection: Connection, data: Uint8Array): void {
	let message;
	try {
		message = decodeClientMessage(data);
	} catch (error) {
		if (!(error instanceof MalformedMessageError)) throw error;
		connection.close(CloseCode.MalformedMessage, 'malformed message');
		return;
	}
	switch (message.kind) {
		case 'sync-step-1':
			room.sendDocument(connection, message.stateVector).catch((error) => room.failed(connection, error));
			break;
		case 'update':
			// A viewer receives the board; what it sends is dropped (and counted), never applied.
			if (connection.mayEdit) room.applyUpdate(connection, message.update);
			else connection.droppedUpdates++;
			break;
		case 'awareness':
			room.applyAwareness(connection, message.update);
			break;
		case 'query-awareness':
			room.sendAwareness(connection);
			break;
	}
}
